package concord.interchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import concord.dsl.ide.document.SpecDocument;
import concord.interchange.CellText.CellProblem;
import concord.interchange.table.Table;
import concord.interchange.table.TableProblems;
import concord.interchange.table.TableRow;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.Governance;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.PartnershipPackage.Literals;

/**
 * The interchange sheets read into a model: a new one, or a spec that exists, whose actors, partnerships
 * and members are then added and updated (never removed) through its {@link SpecDocument}, so the
 * analyst's text and comments around them stay. Every problem of every sheet is found first, on a copy of
 * the model, and reported together as "source:row:column: message"; then nothing is changed.
 */
public final class TableImport {

	private static final Map<String, List<TableColumn>> COLUMNS = Map.of(SpecTables.ACTORS, TableColumn.ACTORS,
			SpecTables.MEMBERSHIPS, TableColumn.MEMBERSHIPS, SpecTables.RELATIONS, TableColumn.RELATIONS);
	private static final Map<String, List<String>> REQUIRED = Map.of(SpecTables.ACTORS, List.of("name", "kind"),
			SpecTables.MEMBERSHIPS, List.of("partnership", "organisation"), SpecTables.RELATIONS,
			List.of("partnership", "from", "to", "kind"));

	private final Map<String, Table> sheets;

	/** The sheets by name (actors, memberships, relations; others are ignored); their headers are checked now. */
	public TableImport(Map<String, Table> sheets, TableProblems problems) {
		this.sheets = new LinkedHashMap<>();
		for (String name : List.of(SpecTables.ACTORS, SpecTables.MEMBERSHIPS, SpecTables.RELATIONS)) {
			Table table = sheets.get(name);
			if (table != null) {
				checkHeader(name, table, problems);
				this.sheets.put(name, table);
			}
		}
		if (this.sheets.isEmpty() && problems.isEmpty()) {
			problems.add("(input):1:1", "no actors, memberships or relations sheet to import");
		}
		problems.throwIfAny();
	}

	private static void checkHeader(String name, Table table, TableProblems problems) {
		Set<String> known = new HashSet<>(TableColumn.header(COLUMNS.get(name)));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < table.header().size(); i++) {
			String word = table.header().get(i).strip().toLowerCase(java.util.Locale.ROOT);
			if (word.isEmpty()) {
				continue;
			}
			if (!known.contains(word)) {
				problems.add(table.headerAt(i + 1), "unknown column \"" + table.header().get(i).strip() + "\" (the " + name
						+ " sheet's columns are " + String.join(", ", TableColumn.header(COLUMNS.get(name))) + ")");
			} else if (!seen.add(word)) {
				problems.add(table.headerAt(i + 1), "column \"" + word + "\" appears twice");
			}
		}
		for (String required : REQUIRED.get(name)) {
			if (table.column(required) == 0) {
				problems.add(table.headerAt(table.header().size() + 1), "missing column \"" + required + "\"");
			}
		}
	}

	/** A new model named {@code name} holding what the sheets say; throws {@link TableProblems} for bad cells. */
	public PartnershipModel newModel(String name) {
		PartnershipModel model = PartnershipFactory.eINSTANCE.createPartnershipModel();
		model.setName(name);
		TableProblems problems = new TableProblems();
		merge(model, problems);
		problems.throwIfAny();
		return model;
	}

	/**
	 * Adds and updates what the sheets say in {@code document}'s spec, or changes nothing and throws
	 * {@link TableProblems}. New actors, partnerships and members are added as statements of their own
	 * after their siblings; then one change sets every value, so only the words that differ are rewritten.
	 */
	public void into(SpecDocument document) {
		TableProblems problems = new TableProblems();
		PartnershipModel planned = EcoreUtil.copy(document.model());
		merge(planned, problems);
		problems.throwIfAny();
		// New elements are written whole, with the values the dry run gave them (kinds included, which the
		// change serializer cannot write into existing text); their references follow in the last change.
		for (TableRow row : rows(SpecTables.ACTORS)) {
			if (actor(document.model(), row.get("name")).isEmpty()) {
				document.add(document.model(), Literals.PARTNERSHIP_MODEL__ACTORS, detached(actor(planned, row.get("name")).orElseThrow()));
			}
		}
		for (String name : partnershipNames()) {
			if (partnership(document.model(), name).isEmpty()) {
				Partnership partnership = PartnershipFactory.eINSTANCE.createPartnership();
				partnership.setName(name);
				if (document.model().getPartnerships().isEmpty()) {
					// a spec's first partnership goes where the grammar puts it
					document.apply(model -> model.getPartnerships().add(partnership), true);
				} else {
					document.add(document.model(), Literals.PARTNERSHIP_MODEL__PARTNERSHIPS, partnership);
				}
			}
		}
		for (TableRow row : rows(SpecTables.MEMBERSHIPS)) {
			Partnership partnership = partnership(document.model(), row.get("partnership")).orElseThrow();
			Organisation organisation = (Organisation) actor(document.model(), row.get("organisation")).orElseThrow();
			if (membership(partnership, organisation).isEmpty()) {
				Partnership plannedPartnership = partnership(planned, row.get("partnership")).orElseThrow();
				Membership membership = (Membership) detached(plannedPartnership.getMemberships().stream()
						.filter(m -> organisation.getName().equals(m.getOrganisation().getName())).findFirst().orElseThrow());
				membership.setOrganisation(organisation);
				document.add(partnership, Literals.PARTNERSHIP__MEMBERSHIPS, membership);
			}
		}
		document.apply(model -> merge(model, new TableProblems()), true);
	}

	/** A copy of a planned element with its values and without its references (they point into the plan). */
	private static EObject detached(EObject planned) {
		EObject copy = EcoreUtil.copy(planned);
		for (EReference reference : copy.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isDerived() && reference.isChangeable()) {
				copy.eUnset(reference);
			}
		}
		return copy;
	}

	private List<TableRow> rows(String sheet) {
		Table table = sheets.get(sheet);
		return table == null ? List.of() : table.rows().stream().filter(r -> !r.isBlank()).toList();
	}

	private Set<String> partnershipNames() {
		Set<String> names = new java.util.LinkedHashSet<>();
		for (String sheet : List.of(SpecTables.MEMBERSHIPS, SpecTables.RELATIONS)) {
			rows(sheet).stream().map(r -> r.get("partnership")).filter(n -> !n.isEmpty()).forEach(names::add);
		}
		return names;
	}

	/** Everything the sheets say, made true of {@code model}; cells that cannot be read are added to {@code problems}. */
	private void merge(PartnershipModel model, TableProblems problems) {
		Map<TableRow, Actor> rowActors = new LinkedHashMap<>();
		Set<String> named = new HashSet<>();
		for (TableRow row : rows(SpecTables.ACTORS)) {
			String name = row.get("name");
			EClass type = typeOf(row.get("kind"));
			if (name.isEmpty()) {
				problems.add(row.at("name"), "an actor needs a name");
			} else if (!named.add(name)) {
				problems.add(row.at("name"), "\"" + name + "\" is named on an earlier row too");
			} else if (type == null) {
				problems.add(row.at("kind"), "unknown kind \"" + row.get("kind") + "\" (expected organisation, person or group)");
			} else {
				Optional<Actor> existing = actor(model, name);
				if (existing.isPresent() && existing.get().eClass() != type) {
					problems.add(row.at("kind"), "\"" + name + "\" is " + SpecTables.kindOf(existing.get()) + " in the spec, not "
							+ SpecTables.kindOf(EcoreUtil.create(type)));
					continue;
				}
				Actor actor = existing.orElseGet(() -> {
					Actor created = (Actor) EcoreUtil.create(type);
					created.setName(name);
					model.getActors().add(created);
					return created;
				});
				rowActors.put(row, actor);
			}
		}
		rowActors.forEach((row, actor) -> setColumns(row, actor, TableColumn.ACTORS, model, problems));
		mergeMemberships(model, problems);
		mergeRelations(model, problems);
	}

	private void mergeMemberships(PartnershipModel model, TableProblems problems) {
		Map<TableRow, Membership> rowMembers = new LinkedHashMap<>();
		Set<Membership> seen = new HashSet<>();
		for (TableRow row : rows(SpecTables.MEMBERSHIPS)) {
			Optional<Partnership> partnership = partnershipOf(row, model, problems);
			Optional<Actor> actor = actorIn(row, "organisation", model, problems);
			if (partnership.isEmpty() || actor.isEmpty()) {
				continue;
			}
			if (!(actor.get() instanceof Organisation organisation)) {
				problems.add(row.at("organisation"), "\"" + actor.get().getName() + "\" is a " + SpecTables.kindOf(actor.get())
						+ "; only organisations are members");
				continue;
			}
			Membership membership = membership(partnership.get(), organisation).orElseGet(() -> {
				Membership created = PartnershipFactory.eINSTANCE.createMembership();
				created.setOrganisation(organisation);
				partnership.get().getMemberships().add(created);
				return created;
			});
			if (!seen.add(membership)) {
				problems.add(row.at("organisation"), "\"" + organisation.getName() + "\" is a member of \""
						+ partnership.get().getName() + "\" on an earlier row too");
				continue;
			}
			rowMembers.put(row, membership);
		}
		// competing members are named after every member row has made its member
		rowMembers.forEach((row, membership) -> setColumns(row, membership, TableColumn.MEMBERSHIPS, model, problems));
	}

	private void mergeRelations(PartnershipModel model, TableProblems problems) {
		Set<AccountabilityLine> claimed = new HashSet<>();
		for (TableRow row : rows(SpecTables.RELATIONS)) {
			Optional<Partnership> partnership = partnershipOf(row, model, problems);
			Optional<Actor> from = actorIn(row, "from", model, problems);
			Optional<Actor> to = actorIn(row, "to", model, problems);
			if (!SpecTables.ACCOUNTABILITY.equalsIgnoreCase(row.get("kind"))) {
				problems.add(row.at("kind"), "unknown kind \"" + row.get("kind") + "\" (expected " + SpecTables.ACCOUNTABILITY + ")");
				continue;
			}
			if (partnership.isEmpty() || from.isEmpty() || to.isEmpty()) {
				continue;
			}
			if (partnership.get().getGovernance() == null) {
				partnership.get().setGovernance(PartnershipFactory.eINSTANCE.createGovernance());
			}
			Governance governance = partnership.get().getGovernance();
			AccountabilityLine line = governance.getAccountabilityLines().stream()
					.filter(l -> l.getFrom() == from.get() && l.getTo() == to.get() && !claimed.contains(l)).findFirst()
					.orElseGet(() -> {
						AccountabilityLine created = PartnershipFactory.eINSTANCE.createAccountabilityLine();
						created.setFrom(from.get());
						created.setTo(to.get());
						governance.getAccountabilityLines().add(created);
						return created;
					});
			claimed.add(line);
			setColumns(row, line, TableColumn.RELATIONS, model, problems);
		}
	}

	private Optional<Partnership> partnershipOf(TableRow row, PartnershipModel model, TableProblems problems) {
		String name = row.get("partnership");
		if (name.isEmpty()) {
			problems.add(row.at("partnership"), "name the partnership");
			return Optional.empty();
		}
		return Optional.of(partnership(model, name).orElseGet(() -> {
			Partnership created = PartnershipFactory.eINSTANCE.createPartnership();
			created.setName(name);
			model.getPartnerships().add(created);
			return created;
		}));
	}

	private static Optional<Actor> actorIn(TableRow row, String column, PartnershipModel model, TableProblems problems) {
		String name = row.get(column);
		Optional<Actor> actor = actor(model, name);
		if (actor.isEmpty()) {
			problems.add(row.at(column), name.isEmpty() ? "name the " + column : "unknown actor \"" + name
					+ "\" (not in the actors sheet nor in the spec)");
		}
		return actor;
	}

	/** Sets the element's features from the row's cells, for the columns the sheet has. */
	private static void setColumns(TableRow row, EObject element, List<TableColumn> columns, PartnershipModel model,
			TableProblems problems) {
		for (TableColumn column : columns) {
			if (column.feature() == null || row.table().column(column.word()) == 0) {
				continue;
			}
			String text = row.get(column.word());
			if (!column.appliesTo(element.eClass())) {
				if (!text.isEmpty()) {
					problems.add(row.at(column.word()), column.word() + " is not recorded for a " + SpecTables.kindOf(element)
							+ " (leave the cell empty)");
				}
				continue;
			}
			try {
				set(element, column.feature(), value(element, column.feature(), text, model));
			} catch (CellProblem problem) {
				problems.add(row.at(column.word()), problem.getMessage());
			}
		}
	}

	private static Object value(EObject element, EStructuralFeature feature, String text, PartnershipModel model) throws CellProblem {
		if (feature instanceof EAttribute attribute) {
			if (!attribute.isMany()) {
				return CellText.attribute(attribute, text);
			}
			List<Object> values = new ArrayList<>();
			for (String item : CellText.items(text)) {
				values.add(CellText.attribute(attribute, item));
			}
			return values;
		}
		EReference reference = (EReference) feature;
		List<Object> targets = new ArrayList<>();
		for (String name : reference.isMany() ? CellText.items(text) : text.isEmpty() ? List.<String>of() : List.of(text)) {
			targets.add(target(element, reference, name, model));
		}
		return reference.isMany() ? targets : targets.isEmpty() ? null : targets.get(0);
	}

	private static EObject target(EObject element, EReference reference, String name, PartnershipModel model) throws CellProblem {
		if (element instanceof Membership membership) {
			// a member competes with another member of the same partnership
			Partnership partnership = (Partnership) membership.eContainer();
			return partnership.getMemberships().stream().filter(m -> m.getOrganisation() != null && name.equals(m.getOrganisation().getName()))
					.findFirst().orElseThrow(() -> new CellProblem("\"" + name + "\" is not a member of \"" + partnership.getName() + "\""));
		}
		Actor actor = actor(model, name).orElseThrow(() -> new CellProblem("unknown actor \"" + name + "\" (not in the actors sheet nor in the spec)"));
		if (!reference.getEReferenceType().isInstance(actor)) {
			throw new CellProblem("\"" + name + "\" is a " + SpecTables.kindOf(actor) + "; " + reference.getName() + " must be a "
					+ reference.getEReferenceType().getName().toLowerCase(java.util.Locale.ROOT));
		}
		return actor;
	}

	/** Sets a feature only where its value differs, so that unchanged statements are not rewritten. */
	@SuppressWarnings("unchecked")
	private static void set(EObject element, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			List<Object> current = (List<Object>) element.eGet(feature);
			if (!current.equals(value)) {
				current.clear();
				current.addAll((List<Object>) value);
			}
		} else if (value == null || value.equals(feature.getDefaultValue()) && !feature.isUnsettable()) {
			if (element.eIsSet(feature)) {
				element.eUnset(feature);
			}
		} else if (!element.eIsSet(feature) || !Objects.equals(element.eGet(feature), value)) {
			element.eSet(feature, value);
		}
	}

	private static EClass typeOf(String kind) {
		return switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "organisation", "organization" -> Literals.ORGANISATION;
			case "person" -> Literals.PERSON;
			case "group" -> Literals.GROUP;
			default -> null;
		};
	}

	private static Optional<Actor> actor(PartnershipModel model, String name) {
		return model.getActors().stream().filter(a -> name.equals(a.getName())).findFirst();
	}

	private static Optional<Partnership> partnership(PartnershipModel model, String name) {
		return model.getPartnerships().stream().filter(p -> name.equals(p.getName())).findFirst();
	}

	private static Optional<Membership> membership(Partnership partnership, Organisation organisation) {
		return partnership.getMemberships().stream().filter(m -> m.getOrganisation() == organisation).findFirst();
	}
}
