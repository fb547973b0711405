package concord.report;

/** The sections of the assessment, in reading order; each is an {@code h2} with this id. */
public enum ReportSection {
	SUMMARY("summary", "Summary"),
	MAP("map", "The partnership map"),
	KICKERT("kickert", "Management perspective (Kickert)"),
	INTEGRATION("integration", "Integration ladder"),
	PARTNERS("partners", "Partners and roles"),
	PUBLIC_VALUE("public-value", "Public value canvas"),
	LIFE_CYCLE("life-cycle", "Life cycle"),
	RISKS("risks", "Risks by framework"),
	GAPS("gaps", "Gaps in the model");

	private final String id;
	private final String title;

	ReportSection(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/** The fragment the table of contents links to. */
	public String id() {
		return id;
	}

	public String title() {
		return title;
	}
}
