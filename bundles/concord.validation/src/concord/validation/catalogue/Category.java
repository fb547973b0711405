package concord.validation.catalogue;

/**
 * The framework a rule comes from. Each category owns one id prefix, so a rule id alone says which
 * body of literature to read; the order is the order of the domain digest's rule tables.
 */
public enum Category {
	DRIVERS_AND_FORMS("DF", "Drivers, forms, attributes and challenges",
			"Leadership of inter-agency working slides (S0), after 6 et al 2006"),
	KICKERT_PERSPECTIVE("KP", "Classical vs network perspective", "Kickert, Klijn & Koppenjan 1997"),
	INTEGRATION_LEVEL("IL", "Integration level", "Frost et al 2005; Keast, Brown & Mandell 2007; NZ spectrum"),
	NZ_ROLES_AND_PROCESS("NZ", "Roles, drivers and process (New Zealand study)", "Ryan, Gill, Eppel & Lips"),
	PUBLIC_VALUE("PV", "Public value", "Moore 1995; Benington 2011; Page et al 2015, via Parker et al"),
	PARTNERSHIP_LEADERSHIP("PL", "Leadership in multi-agency collaboration",
			"Parker, Hartley, Beashel & Vo"),
	COLLECTIVE_LEADERSHIP("CL", "Collective leadership and co-production", "Docherty 2021"),
	WELL_FORMEDNESS("WF", "Structural well-formedness", "definitions in the sources and modelling"),
	NETWORK("NW", "Network structure (off unless a profile enables NW-*)", "Freeman 1977; Burt 1992; Provan & Kenis 2008");

	private final String prefix;
	private final String title;
	private final String framework;

	Category(String prefix, String title, String framework) {
		this.prefix = prefix;
		this.title = title;
		this.framework = framework;
	}

	/** The id prefix, e.g. "DF". */
	public String prefix() {
		return prefix;
	}

	/** Heading for documentation and rule views. */
	public String title() {
		return title;
	}

	/** The authors whose framework the rules encode. */
	public String framework() {
		return framework;
	}

	/** The category owning {@code prefix}, or null. */
	public static Category ofPrefix(String prefix) {
		for (Category category : values()) {
			if (category.prefix.equals(prefix)) {
				return category;
			}
		}
		return null;
	}
}
