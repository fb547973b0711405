package concord.interchange;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.partnership.PartnershipPackage.Literals;

/**
 * One documented column of the interchange tables: the plain words of its header and the model feature
 * it holds (null for the columns that say which element a row is: name, kind, partnership, ...).
 */
public record TableColumn(String word, EStructuralFeature feature) {

	/** Columns of the actors sheet: every feature of an organisation, a person and a group. */
	public static final List<TableColumn> ACTORS = List.of(
			new TableColumn("name", null),
			new TableColumn("kind", null),
			new TableColumn("description", Literals.ACTOR__DESCRIPTION),
			new TableColumn("sector", Literals.ORGANISATION__SECTOR),
			new TableColumn("legitimacy", Literals.ORGANISATION__LEGITIMACY_BASIS),
			new TableColumn("level", Literals.ORGANISATION__LEVEL),
			new TableColumn("region", Literals.ORGANISATION__REGION),
			new TableColumn("budget cycle", Literals.ORGANISATION__BUDGET_CYCLE),
			new TableColumn("professions", Literals.ORGANISATION__PROFESSIONS),
			new TableColumn("funding", Literals.ORGANISATION__FUNDING_SECURITY),
			new TableColumn("part of", Literals.ORGANISATION__PARENT),
			new TableColumn("position", Literals.PERSON__POSITION),
			new TableColumn("employer", Literals.PERSON__EMPLOYER),
			new TableColumn("line manager", Literals.PERSON__LINE_MANAGER),
			new TableColumn("coordinated by", Literals.PERSON__COORDINATED_BY),
			new TableColumn("funded by", Literals.PERSON__FUNDED_BY),
			new TableColumn("group kind", Literals.GROUP__KIND));

	/** Columns of the memberships sheet: one row per member organisation of a partnership. */
	public static final List<TableColumn> MEMBERSHIPS = List.of(
			new TableColumn("partnership", null),
			new TableColumn("organisation", null),
			new TableColumn("role", Literals.MEMBERSHIP__ROLE),
			new TableColumn("retains own management", Literals.MEMBERSHIP__RETAINS_OWN_MANAGEMENT),
			new TableColumn("staff contributed", Literals.MEMBERSHIP__STAFF_CONTRIBUTED),
			new TableColumn("controls budget", Literals.MEMBERSHIP__CONTROLS_BUDGET),
			new TableColumn("competes with", Literals.MEMBERSHIP__COMPETES_FOR_FUNDING_WITH),
			new TableColumn("performance criteria conflict", Literals.MEMBERSHIP__PERFORMANCE_CRITERIA_CONFLICT));

	/** Columns of the relations sheet: the accountability lines of a partnership's governance. */
	public static final List<TableColumn> RELATIONS = List.of(
			new TableColumn("partnership", null),
			new TableColumn("from", null),
			new TableColumn("to", null),
			new TableColumn("kind", null),
			new TableColumn("direction", Literals.ACCOUNTABILITY_LINE__DIRECTION),
			new TableColumn("label", Literals.ACCOUNTABILITY_LINE__KIND));

	/** The words of a sheet's header row. */
	public static List<String> header(List<TableColumn> columns) {
		return columns.stream().map(TableColumn::word).toList();
	}

	/** Whether this column holds a feature that {@code type} has. */
	public boolean appliesTo(EClass type) {
		return feature != null && feature.getEContainingClass().isSuperTypeOf(type);
	}
}
