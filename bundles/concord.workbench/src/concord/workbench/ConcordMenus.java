package concord.workbench;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menu bar and tool bar of a Concord window: File (New, Save, Export, ...), Edit, Window (views,
 * Preferences) and Help, with the group markers that plugin.xml contributions (such as the map's
 * Export as SVG) name.
 */
class ConcordMenus extends ActionBarAdvisor {

	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction newWizard;

	ConcordMenus(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.NEW, ActionFactory.SAVE, ActionFactory.SAVE_ALL,
				ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.REFRESH, ActionFactory.IMPORT, ActionFactory.EXPORT,
				ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
				ActionFactory.RESET_PERSPECTIVE, ActionFactory.ABOUT }) {
			register(factory.create(window));
		}
		save = (IWorkbenchAction) getAction(ActionFactory.SAVE.getId());
		saveAll = (IWorkbenchAction) getAction(ActionFactory.SAVE_ALL.getId());
		newWizard = ActionFactory.NEW_WIZARD_DROP_DOWN.create(window);
		register(newWizard);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator());
		file.add(getAction(ActionFactory.CLOSE.getId()));
		file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(getAction(ActionFactory.REFRESH.getId()));
		file.add(new Separator());
		file.add(getAction(ActionFactory.IMPORT.getId()));
		file.add(getAction(ActionFactory.EXPORT.getId()));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(getAction(ActionFactory.QUIT.getId()));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		for (ActionFactory factory : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO, null, ActionFactory.CUT,
				ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL, null, ActionFactory.FIND }) {
			if (factory == null) {
				edit.add(new Separator());
			} else {
				edit.add(getAction(factory.getId()));
			}
		}
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager views = new MenuManager("Show &View");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
		windowMenu.add(new Separator());
		windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(getAction(ActionFactory.ABOUT.getId()));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		ToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		main.add(newWizard);
		main.add(save);
		main.add(saveAll);
		coolBar.add(main);
	}
}
