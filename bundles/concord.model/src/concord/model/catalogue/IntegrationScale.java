package concord.model.catalogue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;

import concord.model.partnership.FrostStage;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.PartnershipPackage;
import concord.model.partnership.WorkingMode;

/**
 * The three integration scales, kept apart on purpose: "collaboration" is a different rung on
 * each (Frost puts it below co-ordination, Keast and the NZ spectrum at the top).
 */
public enum IntegrationScale {
	/** Frost, Robinson &amp; Anning 2005: {@link FrostStage}. */
	FROST(FrostStage.class),
	/** Keast, Brown &amp; Mandell 2007: {@link KeastLevel}. */
	KEAST(KeastLevel.class),
	/** Ryan, Gill, Eppel &amp; Lips: {@link WorkingMode}. */
	NZ(WorkingMode.class);

	private final Class<? extends Enumerator> type;

	IntegrationScale(Class<? extends Enumerator> type) {
		this.type = type;
	}

	/** The scale a literal belongs to; empty for literals of other enumerations. */
	public static Optional<IntegrationScale> of(Enumerator literal) {
		for (IntegrationScale scale : values()) {
			if (scale.type.isInstance(literal)) {
				return Optional.of(scale);
			}
		}
		return Optional.empty();
	}

	/** The scale whose enumeration has this name, e.g. "KeastLevel". */
	static Optional<IntegrationScale> byEnumName(String name) {
		for (IntegrationScale scale : values()) {
			if (scale.enumName().equals(name)) {
				return Optional.of(scale);
			}
		}
		return Optional.empty();
	}

	/** Name of the enumeration in the metamodel, e.g. "FrostStage". */
	public String enumName() {
		return type.getSimpleName();
	}

	public EEnum eEnum() {
		return (EEnum) PartnershipPackage.eINSTANCE.getEClassifier(enumName());
	}

	/** The scale's literals in source order, lowest first. */
	public List<Enumerator> literals() {
		return List.of(type.getEnumConstants());
	}

	/** The literal with this UPPER_SNAKE name. */
	Optional<Enumerator> literal(String name) {
		return literals().stream().filter(literal -> literal.getName().equals(name)).findFirst();
	}

	/** What a consultant calls the scale, e.g. "Frost stage of joint working". */
	public String label() {
		return LiteralDoc.of(eEnum()).label();
	}
}
