package concord.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;

/**
 * A model as the three interchange sheets (actors, memberships, relations), each a header row followed by
 * one row per element, in the spec's order. The sheets hold every feature of the actors, the members'
 * own features (not their drivers) and the governance's accountability lines; docs/interchange.md lists
 * the columns.
 */
public final class SpecTables {

	public static final String ACTORS = "actors";
	public static final String MEMBERSHIPS = "memberships";
	public static final String RELATIONS = "relations";

	/** The word in the relations sheet's kind column for an accountability line. */
	public static final String ACCOUNTABILITY = "accountability";

	private SpecTables() {
	}

	/** The sheets by name, in the order actors, memberships, relations; each starts with its header row. */
	public static Map<String, List<List<String>>> of(PartnershipModel model) {
		Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
		List<List<String>> actors = sheet(TableColumn.ACTORS);
		for (Actor actor : model.getActors()) {
			actors.add(row(TableColumn.ACTORS, actor, actor.getName(), kindOf(actor)));
		}
		List<List<String>> memberships = sheet(TableColumn.MEMBERSHIPS);
		List<List<String>> relations = sheet(TableColumn.RELATIONS);
		for (Partnership partnership : model.getPartnerships()) {
			for (Membership membership : partnership.getMemberships()) {
				memberships.add(row(TableColumn.MEMBERSHIPS, membership, partnership.getName(), CellText.write(membership,
						concord.model.partnership.PartnershipPackage.Literals.MEMBERSHIP__ORGANISATION)));
			}
			if (partnership.getGovernance() != null) {
				for (AccountabilityLine line : partnership.getGovernance().getAccountabilityLines()) {
					relations.add(row(TableColumn.RELATIONS, line, partnership.getName(), name(line.getFrom()), name(line.getTo()),
							ACCOUNTABILITY));
				}
			}
		}
		sheets.put(ACTORS, actors);
		sheets.put(MEMBERSHIPS, memberships);
		sheets.put(RELATIONS, relations);
		return sheets;
	}

	/** "organisation", "person" or "group": the actors sheet's kind column. */
	public static String kindOf(EObject actor) {
		return switch (actor.eClass().getName()) {
			case "Organisation" -> "organisation";
			case "Person" -> "person";
			default -> "group";
		};
	}

	private static String name(Actor actor) {
		return actor == null ? "" : actor.getName();
	}

	private static List<List<String>> sheet(List<TableColumn> columns) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(TableColumn.header(columns));
		return rows;
	}

	/** A row: the identifying cells first, then the element's features in the columns' order. */
	private static List<String> row(List<TableColumn> columns, EObject element, String... identity) {
		List<String> row = new ArrayList<>(List.of(identity));
		for (TableColumn column : columns.subList(identity.length, columns.size())) {
			row.add(column.appliesTo(element.eClass()) ? CellText.write(element, column.feature()) : "");
		}
		return row;
	}
}
