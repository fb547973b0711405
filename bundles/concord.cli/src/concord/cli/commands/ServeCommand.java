package concord.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import concord.cli.exit.InputError;
import concord.diagram.model.MapSession;
import concord.diagram.server.MapServer;
import concord.dsl.ide.PartnershipIdeSetup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord serve SPEC...}: the partnership map of each spec in any browser. The server listens on
 * 127.0.0.1 only and prints one address per spec with the session's secret token in it; it runs until
 * interrupted. Edits are written to the spec (and its layout sidecar) when the map is saved.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Open specs as partnership maps in a browser: edit on the map, save (Ctrl+S) to write the spec.",
				"Listens on 127.0.0.1 only; the printed addresses carry this session's secret token." })
public final class ServeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "SPEC", arity = "1..*", description = ".partnership files")
	List<Path> specs;

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one).")
	int port;

	@Override
	public Integer call() throws Exception {
		for (Path file : specs) {
			if (!Files.isRegularFile(file)) {
				throw new InputError(file + ": no such spec");
			}
			if (!file.getFileName().toString().endsWith(".partnership")) {
				throw new InputError(file + ": the map edits .partnership specs; convert other formats first (concord convert)");
			}
		}
		// Jetty reports every start-up step at INFO; a person at a terminal needs only warnings.
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		MapSession session = MapSession.serving(specs, new PartnershipIdeSetup().createInjectorAndDoEMFRegistration());
		MapServer server = MapServer.start(session, port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			} catch (Exception e) {
				// the process is ending anyway
			} finally {
				stopped.countDown();
			}
		}, "concord-serve-stop"));
		PrintWriter out = spec.commandLine().getOut();
		for (String name : session.specNames()) {
			out.println(server.mapOf(name));
		}
		out.println("Serving " + session.specNames().size() + " map(s) on 127.0.0.1:" + server.port()
				+ "; Ctrl+S in the map saves, Ctrl+C here stops.");
		out.flush();
		stopped.await();
		return 0;
	}
}
