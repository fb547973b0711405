package concord.workbench.tests;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;

/** Wizards in their dialogs, created (pages and controls made) as File > New makes them, but not blocking. */
final class WizardDialogs {

	private WizardDialogs() {
	}

	static WizardDialog open(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		return dialog;
	}
}
