package concord.workbench.prefs;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import concord.validation.ProfileException;
import concord.validation.RuleProfile;
import concord.validation.catalogue.Severity;

/**
 * Window > Preferences > Concord Rule Profile: every rule of the catalogue with a check box to run it
 * and the severity its findings get. Open editors check their specs again when the profile is applied.
 */
public class RuleProfilePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final String[] GRADES = Arrays.stream(Severity.values()).map(Severity::word).toArray(String[]::new);

	private List<RuleSetting> settings;
	private CheckboxTableViewer table;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Which rules of the literature Concord checks, and how severe their findings are. Inferences "
				+ "(rules that conclude from what the model does not say) can be switched off for sparse cases.");
		settings = RuleSetting.of(WorkbenchProfile.current());
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		table = CheckboxTableViewer.newCheckList(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(table.getTable());
		column("Rule", 90, setting -> setting.rule().id());
		TableViewerColumn severity = column("Severity", 90, setting -> setting.severity().word());
		severity.setEditingSupport(new Grading());
		column("Finding", 440, setting -> setting.rule().message() + (setting.rule().inference() ? "  (inference)" : ""));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return ((RuleSetting) element).enabled();
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		table.addCheckStateListener(event -> ((RuleSetting) event.getElement()).enable(event.getChecked()));
		table.setInput(settings);
		Label hint = new Label(root, SWT.WRAP);
		hint.setText("Check a rule to run it; click its severity to re-grade it. The same settings can travel in a "
				+ "template pack as a profile file (docs/rules.md).");
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(hint);
		return root;
	}

	private TableViewerColumn column(String title, int width, Function<RuleSetting, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((RuleSetting) element)));
		return column;
	}

	/** Turns a rule on or off and re-grades it, as the table's check box and severity cell do. */
	public void set(String ruleId, boolean enabled, Severity severity) {
		RuleSetting setting = settings.stream().filter(s -> s.rule().id().equals(ruleId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId + " in the catalogue"));
		setting.enable(enabled);
		setting.grade(severity);
		if (table != null) {
			table.refresh(setting);
		}
	}

	@Override
	public void performDefaults() {
		settings.clear();
		settings.addAll(RuleSetting.of(RuleProfile.defaults()));
		if (table != null) {
			table.refresh();
		}
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			WorkbenchProfile.store(RuleSetting.profileText(settings));
			return true;
		} catch (ProfileException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** The severity cell: a choice of error, warning and info. */
	private final class Grading extends EditingSupport {

		Grading() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(table.getTable(), GRADES, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((RuleSetting) element).severity().ordinal();
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0) {
				((RuleSetting) element).grade(Severity.values()[index]);
				table.update(element, null);
			}
		}
	}
}
