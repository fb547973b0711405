package concord.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code concord serve}: the map of a spec on loopback, behind the address it prints. */
class ServeCommandTest extends CliTestCase {

	private Process server;

	@AfterEach
	void stopServer() {
		if (server != null && server.isAlive()) {
			server.destroyForcibly();
		}
	}

	@Test
	void servesTheMapOnlyToTheAddressItPrints() throws Exception {
		Files.copy(Path.of(System.getProperty("concord.examples"), "uk-victim-support-hub.partnership"), folder.resolve("hub.partnership"));
		server = cli.start("serve", "hub.partnership");
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String address = out.readLine();
		assertTrue(address != null && address.startsWith("http://127.0.0.1:") && address.contains("spec=hub.partnership&token="),
				address + " / " + Files.readString(folder.resolve("stderr.txt")));
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("concord-map.js"));
		URI withoutToken = URI.create(address.substring(0, address.indexOf("&token=")));
		assertEquals(403, http.send(HttpRequest.newBuilder(withoutToken).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
	}

	@Test
	void onlyPartnershipSpecsAreServed() throws Exception {
		Files.writeString(folder.resolve("hub.json"), "{}");
		Cli.Run result = cli.run("serve", "hub.json");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().contains("hub.json: the map edits .partnership specs"), result.err());
		assertEquals(2, cli.run("serve", "missing.partnership").exitCode());
	}
}
