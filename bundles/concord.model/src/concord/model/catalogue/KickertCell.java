package concord.model.catalogue;

/**
 * One cell of the Kickert et al (1997) table: what a dimension means under one perspective.
 * {@code reconstructed} marks cells the OCR garbled, whose wording comes from the standard table.
 */
public record KickertCell(String dimension, String text, boolean reconstructed) {
}
