package concord.workbench.prefs;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import concord.validation.ProfileException;
import concord.validation.RuleProfile;

/**
 * The rule profile the workbench validates with: the built-in defaults with the consultant's own lines
 * on top (Window > Preferences > Concord Rule Profile). Kept as profile text in the instance
 * preferences, in the same format as a template pack's profile, so it can be copied into a pack.
 */
public final class WorkbenchProfile {

	static final String NODE = "concord.workbench";
	static final String KEY = "ruleProfile";
	static final String SOURCE = "workbench preferences";

	private WorkbenchProfile() {
	}

	/** The profile in force now. */
	public static RuleProfile current() {
		try {
			return RuleProfile.defaults().then(RuleProfile.parse(text(), SOURCE));
		} catch (ProfileException unreadable) {
			// the page never stores a profile that does not read; a hand-edited one falls back to the defaults
			return RuleProfile.defaults();
		}
	}

	/** The consultant's lines (empty: the defaults as they are). */
	public static String text() {
		return preferences().get(KEY, "");
	}

	/** Stores new lines after checking that they read; throws with the line that does not. */
	public static void store(String text) throws ProfileException {
		RuleProfile.parse(text, SOURCE);
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, text);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("the rule profile could not be saved: " + e.getMessage(), e);
		}
	}

	/** Calls {@code changed} whenever the profile changes; returns what removes the listener. */
	public static Runnable onChange(Runnable changed) {
		IPreferenceChangeListener listener = event -> {
			if (KEY.equals(event.getKey())) {
				changed.run();
			}
		};
		preferences().addPreferenceChangeListener(listener);
		return () -> preferences().removePreferenceChangeListener(listener);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
