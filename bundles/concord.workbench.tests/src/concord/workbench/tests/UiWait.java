package concord.workbench.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waiting in UI tests: the event loop runs until a condition a user would see holds; never a blind sleep. */
final class UiWait {

	private static final long LIMIT_MS = 90_000;

	private UiWait() {
	}

	/** Runs the event loop until {@code condition} holds; fails after a generous limit. */
	static void until(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + LIMIT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}

	/** As {@link #until(BooleanSupplier, String)}, saying what was seen instead when it fails. */
	static void until(BooleanSupplier condition, String what, java.util.function.Supplier<String> seen) {
		try {
			until(condition, what);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; seen instead: " + seen.get(), e);
		}
	}

	/** Lets pending user interface work (asynchronous updates of views) run. */
	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}
}
