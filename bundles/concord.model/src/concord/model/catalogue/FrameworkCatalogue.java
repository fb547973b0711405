package concord.model.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import concord.model.partnership.BoundarySpanningApproach;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.ManagementPerspective;
import concord.model.partnership.NetworkDriver;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.Practice;

/**
 * Read-only access to the framework mappings that the metamodel carries as data: network form to
 * driver, leadership attribute and challenges (with confidence), and the cross-walk between the
 * three integration scales (DOMAIN.md sections 1.4, 1.13 and 4.3).
 * <p>
 * The data lives in {@link AnnotationSources#CATALOGUE} annotations, so a corrected or alternative
 * catalogue is an edited copy of partnership.ecore loaded through {@link #from(EPackage)}, not a
 * code change. All lookups are total over the generated enumerations.
 */
public final class FrameworkCatalogue {

	private final Map<NetworkForm, NetworkDriver> driverByForm = new EnumMap<>(NetworkForm.class);
	private final Map<NetworkDriver, NetworkForm> formByDriver = new EnumMap<>(NetworkDriver.class);
	private final Map<NetworkForm, AttributeLink> attributeByForm = new EnumMap<>(NetworkForm.class);
	private final Map<NetworkForm, List<ChallengeLink>> challengesByForm = new EnumMap<>(NetworkForm.class);
	private final Map<Enumerator, Integer> rankByLevel = new HashMap<>();
	private final Map<Enumerator, Integer> positionByLevel = new HashMap<>();
	private final Map<Enumerator, List<Enumerator>> equivalentsByLevel = new HashMap<>();
	private final Map<Practice, Integer> positionByPractice = new EnumMap<>(Practice.class);
	private final Map<BoundarySpanningApproach, LeadershipStyle> styleByApproach = new EnumMap<>(BoundarySpanningApproach.class);
	private final Map<String, Map<ManagementPerspective, KickertCell>> kickertCells = new HashMap<>();
	private final Map<Enumerator, String> notes = new HashMap<>();

	private FrameworkCatalogue(EPackage source) {
		CatalogueReader reader = new CatalogueReader(source);
		readForms(reader);
		readScales(reader);
		readPractices(reader);
		readApproaches(reader);
		readKickert(reader);
	}

	/** The catalogue shipped in the metamodel. */
	public static FrameworkCatalogue standard() {
		return Standard.INSTANCE;
	}

	/**
	 * A catalogue read from another annotated copy of the partnership package (e.g. a trainer's
	 * corrected pairings). Enumeration and literal names must match the generated ones.
	 *
	 * @throws IllegalStateException naming the element and key when the data is incomplete
	 */
	public static FrameworkCatalogue from(EPackage annotated) {
		return new FrameworkCatalogue(annotated);
	}

	/** The form a driver shapes; empty for {@link NetworkDriver#PERSONAL}, which has no form. */
	public Optional<NetworkForm> formFor(NetworkDriver driver) {
		return Optional.ofNullable(formByDriver.get(driver));
	}

	public NetworkDriver driverFor(NetworkForm form) {
		return driverByForm.get(form);
	}

	public AttributeLink attributeFor(NetworkForm form) {
		return attributeByForm.get(form);
	}

	/** The typical challenges of a form, most specific first; several only where the source is ambiguous. */
	public List<ChallengeLink> challengesFor(NetworkForm form) {
		return challengesByForm.get(form);
	}

	/** Position of a level on its own scale, 1 = lowest, in the source's order. */
	public int rank(Enumerator level) {
		return lookup(rankByLevel, level);
	}

	/**
	 * Position on one ladder common to all three scales (10 = co-existence ... 60 = merger and
	 * integration). Comparable across scales: Frost's collaboration (35) lies between the others'
	 * cooperation (30) and co-ordination (40).
	 */
	public int crosswalkPosition(Enumerator level) {
		return lookup(positionByLevel, level);
	}

	/** Levels of the other two scales that mean the same rung; empty when none does. */
	public List<Enumerator> equivalents(Enumerator level) {
		lookup(rankByLevel, level);
		return equivalentsByLevel.get(level);
	}

	/** The cross-walk position a practice is evidence for (e.g. shared referrals: cooperation). */
	public OptionalInt indicatedPosition(Practice practice) {
		Integer position = positionByPractice.get(practice);
		return position == null ? OptionalInt.empty() : OptionalInt.of(position);
	}

	/** The leadership style S0 glosses a boundary-spanning approach with. */
	public LeadershipStyle styleFor(BoundarySpanningApproach approach) {
		return styleByApproach.get(approach);
	}

	/** What a Kickert dimension (a PerspectiveProfile attribute) means under one perspective. */
	public KickertCell kickertCell(EAttribute dimension, ManagementPerspective perspective) {
		Map<ManagementPerspective, KickertCell> cells = kickertCells.get(dimension.getName());
		if (cells == null) {
			throw new IllegalArgumentException("Not a Kickert dimension: " + dimension.getName());
		}
		return cells.get(perspective);
	}

	/** Explanation the catalogue gives for a pairing or a rung, e.g. why a challenge is ambiguous. */
	public Optional<String> noteFor(Enumerator literal) {
		return Optional.ofNullable(notes.get(literal));
	}

	private void readForms(CatalogueReader reader) {
		for (EEnumLiteral literal : reader.eEnum("NetworkForm").getELiterals()) {
			NetworkForm form = reader.constant(NetworkForm.class, literal.getName(), literal);
			NetworkDriver driver = reader.constant(NetworkDriver.class, reader.requiredDetail(literal, "driver"), literal);
			driverByForm.put(form, driver);
			formByDriver.put(driver, form);
			attributeByForm.put(form, new AttributeLink(
					reader.constant(LeadershipAttribute.class, reader.requiredDetail(literal, "attribute"), literal),
					Confidence.parse(reader.requiredDetail(literal, "attributeConfidence"))));
			List<ChallengeLink> challenges = new ArrayList<>();
			for (String entry : reader.requiredDetail(literal, "challenges").split("\\s+")) {
				String[] parts = entry.split(":");
				if (parts.length != 2) {
					throw new IllegalStateException("Catalogue challenge '" + entry + "' on "
							+ CatalogueReader.describe(literal) + " is not NAME:confidence");
				}
				challenges.add(new ChallengeLink(reader.constant(ChallengeKind.class, parts[0], literal),
						Confidence.parse(parts[1])));
			}
			challengesByForm.put(form, List.copyOf(challenges));
			reader.detail(literal, "note").ifPresent(note -> notes.put(form, note));
		}
		requireAll(NetworkForm.values(), driverByForm, "NetworkForm");
	}

	private void readScales(CatalogueReader reader) {
		for (IntegrationScale scale : IntegrationScale.values()) {
			EEnum eEnum = reader.eEnum(scale.enumName());
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				Enumerator level = scale.literal(literal.getName()).orElseThrow(() -> new IllegalStateException(
						"Catalogue names unknown " + scale.enumName() + " literal " + literal.getName()));
				rankByLevel.put(level, reader.requiredNumber(literal, "rank"));
				positionByLevel.put(level, reader.requiredNumber(literal, "crosswalk"));
				equivalentsByLevel.put(level, readEquivalents(reader, literal));
				reader.detail(literal, "note").ifPresent(note -> notes.put(level, note));
			}
			requireAll(scale.literals().toArray(Enumerator[]::new), rankByLevel, scale.enumName());
		}
	}

	private static List<Enumerator> readEquivalents(CatalogueReader reader, EEnumLiteral literal) {
		List<Enumerator> equivalents = new ArrayList<>();
		for (String entry : reader.detail(literal, "equivalents").orElse("").split("\\s+")) {
			if (entry.isEmpty()) {
				continue;
			}
			String[] parts = entry.split("\\.");
			Optional<Enumerator> level = parts.length == 2
					? IntegrationScale.byEnumName(parts[0]).flatMap(scale -> scale.literal(parts[1]))
					: Optional.empty();
			equivalents.add(level.orElseThrow(() -> new IllegalStateException("Catalogue equivalent '" + entry
					+ "' on " + CatalogueReader.describe(literal) + " is not Scale.LITERAL of an integration scale")));
		}
		return List.copyOf(equivalents);
	}

	private void readPractices(CatalogueReader reader) {
		for (EEnumLiteral literal : reader.eEnum("Practice").getELiterals()) {
			if (reader.detail(literal, "indicates").isPresent()) {
				positionByPractice.put(reader.constant(Practice.class, literal.getName(), literal),
						reader.requiredNumber(literal, "indicates"));
			}
		}
	}

	private void readApproaches(CatalogueReader reader) {
		for (EEnumLiteral literal : reader.eEnum("BoundarySpanningApproach").getELiterals()) {
			styleByApproach.put(reader.constant(BoundarySpanningApproach.class, literal.getName(), literal),
					reader.constant(LeadershipStyle.class, reader.requiredDetail(literal, "style"), literal));
		}
	}

	private void readKickert(CatalogueReader reader) {
		for (EStructuralFeature dimension : reader.eClass("PerspectiveProfile").getEStructuralFeatures()) {
			String label = LiteralDoc.of(dimension).label();
			boolean reconstructed = Boolean.parseBoolean(reader.detail(dimension, "reconstructed").orElse("false"));
			Map<ManagementPerspective, KickertCell> cells = new EnumMap<>(ManagementPerspective.class);
			cells.put(ManagementPerspective.CLASSICAL,
					new KickertCell(label, reader.requiredDetail(dimension, "classical"), reconstructed));
			cells.put(ManagementPerspective.NETWORK,
					new KickertCell(label, reader.requiredDetail(dimension, "network"), reconstructed));
			kickertCells.put(dimension.getName(), cells);
		}
	}

	private static <K> void requireAll(K[] keys, Map<? super K, ?> map, String what) {
		for (K key : keys) {
			if (!map.containsKey(key)) {
				throw new IllegalStateException("Catalogue has no entry for " + what + " literal " + key);
			}
		}
	}

	private static int lookup(Map<Enumerator, Integer> map, Enumerator level) {
		Integer value = map.get(level);
		if (value == null) {
			throw new IllegalArgumentException("Not a level of an integration scale: " + level);
		}
		return value;
	}

	/** Lazily built so that merely loading the class does not initialise the package. */
	private static final class Standard {
		static final FrameworkCatalogue INSTANCE = new FrameworkCatalogue(PartnershipPackage.eINSTANCE);
	}
}
