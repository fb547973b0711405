package concord.diagram.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.google.inject.Injector;

import concord.validation.RuleProfile;

/**
 * What one map server may show and to whom: the specs it serves, by file name (clients never send
 * paths), the secret token a client must present, and the partnership language that reads the specs.
 */
public final class MapSession {

	private final String token;
	private final Map<String, Path> specs = new ConcurrentHashMap<>();
	private final Injector language;
	/** The rules the map's markers follow: the built-in defaults unless the host (the workbench) says. */
	private volatile Supplier<RuleProfile> ruleProfile = RuleProfile::defaults;
	private final UnsavedSpecs unsaved = new UnsavedSpecs();

	private MapSession(String token, Injector language) {
		this.token = token;
		this.language = language;
	}

	/** A session with a fresh random token (256 bits) serving {@code specs}. */
	public static MapSession serving(List<Path> specs, Injector language) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		MapSession session = new MapSession(Base64.getUrlEncoder().withoutPadding().encodeToString(secret), language);
		for (Path spec : specs) {
			session.serve(spec);
		}
		return session;
	}

	/**
	 * Serves one more spec (the workbench adds each spec it opens as a map) and returns the key clients
	 * ask for it by: its file name, or {@code folder/name} when another spec of that name is served already
	 * ({@code n/name} if that is taken too).
	 */
	public synchronized String serve(Path spec) {
		Path file = spec.toAbsolutePath().normalize();
		String name = file.getFileName().toString();
		String key = name;
		if (specs.containsKey(key) && !specs.get(key).equals(file) && file.getParent() != null && file.getParent().getFileName() != null) {
			// two lessons' case.partnership: the folder tells them apart in the address and the tab's title
			key = file.getParent().getFileName() + "/" + name;
		}
		for (int n = 2; specs.containsKey(key) && !specs.get(key).equals(file); n++) {
			key = n + "/" + name;
		}
		specs.put(key, file);
		return key;
	}

	public String token() {
		return token;
	}

	/** Compares in constant time, so that the token cannot be guessed from response times. */
	public boolean admits(String presented) {
		return presented != null
				&& MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
	}

	public Optional<Path> spec(String name) {
		return Optional.ofNullable(name == null ? null : specs.get(name));
	}

	public List<String> specNames() {
		return specs.keySet().stream().sorted().toList();
	}

	public Injector language() {
		return language;
	}

	/** The specs the host holds unsaved in its text editors, and the maps that follow them. */
	public UnsavedSpecs unsaved() {
		return unsaved;
	}

	/** The rule profile in force for the maps of this session, asked for each time a map is opened. */
	public RuleProfile ruleProfile() {
		return ruleProfile.get();
	}

	/** Makes the maps follow the host's rule profile (the workbench's preference) instead of the defaults. */
	public void ruleProfile(Supplier<RuleProfile> inForce) {
		this.ruleProfile = inForce;
	}
}
