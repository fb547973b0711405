package concord.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import concord.model.partnership.Actor;
import concord.model.partnership.Group;
import concord.model.partnership.Membership;
import concord.model.partnership.Organisation;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.partnership.Person;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Sector;

/**
 * A pack's gallery picture, drawn from its model so that it never disagrees with the case: the title,
 * the first partnership in the middle, and around it the actors who take part (organisations as boxes
 * coloured by sector, people as circles, groups as ovals), joined to it by membership lines (solid)
 * and role lines (dashed). The output is deterministic, so the committed pictures can be checked.
 */
public final class PackThumbnail {

	static final int WIDTH = 320;
	static final int HEIGHT = 200;
	private static final int SHOWN = 10;
	private static final double CENTRE_X = 160;
	private static final double CENTRE_Y = 118;

	private PackThumbnail() {
	}

	/** The SVG picture of {@code model} under {@code title}. */
	public static String svg(String title, PartnershipModel model) {
		Partnership partnership = model.getPartnerships().isEmpty() ? null : model.getPartnerships().get(0);
		List<Actor> taking = partnership == null ? List.copyOf(model.getActors()) : takingPart(partnership);
		List<Actor> shown = taking.subList(0, Math.min(SHOWN, taking.size()));
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
				.append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"sans-serif\">\n");
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fafaf7\"/>\n");
		svg.append("<text x=\"10\" y=\"20\" font-size=\"12\" font-weight=\"bold\" fill=\"#333\">").append(escape(shorten(title, 44)))
				.append("</text>\n");
		List<double[]> places = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
			places.add(new double[] { CENTRE_X + 120 * Math.cos(angle), CENTRE_Y + 56 * Math.sin(angle) });
		}
		for (int i = 0; i < shown.size(); i++) {
			boolean member = partnership != null && isMember(partnership, shown.get(i));
			svg.append("<line x1=\"").append(number(CENTRE_X)).append("\" y1=\"").append(number(CENTRE_Y)).append("\" x2=\"")
					.append(number(places.get(i)[0])).append("\" y2=\"").append(number(places.get(i)[1]))
					.append("\" stroke=\"#888\" stroke-width=\"1\"").append(member ? "" : " stroke-dasharray=\"3 2\"").append("/>\n");
		}
		if (partnership != null) {
			svg.append("<ellipse cx=\"").append(number(CENTRE_X)).append("\" cy=\"").append(number(CENTRE_Y))
					.append("\" rx=\"48\" ry=\"16\" fill=\"#fff\" stroke=\"#333\" stroke-width=\"1.5\"/>\n");
			label(svg, CENTRE_X, CENTRE_Y + 3, shorten(partnership.getName(), 18), 8, "#333");
		}
		for (int i = 0; i < shown.size(); i++) {
			actor(svg, shown.get(i), places.get(i)[0], places.get(i)[1]);
		}
		if (taking.size() > shown.size()) {
			svg.append("<text x=\"").append(WIDTH - 10).append("\" y=\"").append(HEIGHT - 8)
					.append("\" font-size=\"8\" text-anchor=\"end\" fill=\"#666\">+").append(taking.size() - shown.size())
					.append(" more</text>\n");
		}
		return svg.append("</svg>\n").toString();
	}

	/** Members first, then everyone playing a role, in the order the spec writes them. */
	private static List<Actor> takingPart(Partnership partnership) {
		Set<Actor> actors = new LinkedHashSet<>();
		for (Membership membership : partnership.getMemberships()) {
			if (membership.getOrganisation() != null && !membership.getOrganisation().eIsProxy()) {
				actors.add(membership.getOrganisation());
			}
		}
		for (RoleAssignment role : partnership.getRoles()) {
			role.getActors().stream().filter(a -> !a.eIsProxy()).forEach(actors::add);
		}
		return List.copyOf(actors);
	}

	private static boolean isMember(Partnership partnership, Actor actor) {
		return partnership.getMemberships().stream().anyMatch(m -> m.getOrganisation() == actor);
	}

	private static void actor(StringBuilder svg, Actor actor, double x, double y) {
		String fill = actor instanceof Organisation organisation ? sectorColour(organisation) : actor instanceof Person ? "#f1ce63" : "#d4a6c8";
		if (actor instanceof Person) {
			svg.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"9\" fill=\"").append(fill)
					.append("\" stroke=\"#555\"/>\n");
		} else if (actor instanceof Group) {
			svg.append("<ellipse cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
					.append("\" rx=\"14\" ry=\"9\" fill=\"").append(fill).append("\" stroke=\"#555\"/>\n");
		} else {
			svg.append("<rect x=\"").append(number(x - 14)).append("\" y=\"").append(number(y - 9))
					.append("\" width=\"28\" height=\"18\" rx=\"3\" fill=\"").append(fill).append("\" stroke=\"#555\"/>\n");
		}
		label(svg, x, y + 19, shorten(actor.getName(), 22), 7, "#333");
	}

	private static String sectorColour(Organisation organisation) {
		Sector sector = organisation.isSetSector() ? organisation.getSector() : null;
		if (sector == null) {
			return "#c8c8c8";
		}
		return switch (sector) {
		case STATUTORY_PUBLIC -> "#8fb3d9";
		case VOLUNTARY_THIRD_SECTOR -> "#9fd18b";
		case PRIVATE -> "#f5b971";
		case COMMUNITY_CITIZEN -> "#c9a7e0";
		case ELECTED_OFFICE -> "#ef9a9a";
		};
	}

	private static void label(StringBuilder svg, double x, double y, String text, int size, String colour) {
		svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"").append(size)
				.append("\" text-anchor=\"middle\" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>\n");
	}

	private static String shorten(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
