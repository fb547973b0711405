package concord.workbench.language;

import java.nio.file.Path;

import com.google.inject.Injector;

import concord.dsl.ide.PartnershipIdeSetup;
import concord.dsl.ide.document.SpecDocument;
import concord.workbench.prefs.WorkbenchProfile;

/** The partnership language with its IDE services, started once per workbench on first use. */
public final class PartnershipLanguage {

	private static Injector injector;

	private PartnershipLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The service of {@code type} the language binds (content assist, hover, validation, ...). */
	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/**
	 * {@code text} as the spec {@code file} (an editor's text, perhaps unsaved), read with the specs next
	 * to the file and checked under the workbench's rule profile. Never throws on bad text.
	 */
	public static SpecDocument read(Path file, String text) {
		return SpecDocument.of(file, text, injector()).ruleProfile(WorkbenchProfile.current());
	}
}
