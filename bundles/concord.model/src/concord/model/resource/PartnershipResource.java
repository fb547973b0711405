package concord.model.resource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * XMI resource for partnership models.
 * <p>
 * Every object gets a UUID {@code xmi:id} when it is first attached and keeps it through
 * save and load, so references survive renames and files do not churn between saves.
 * Names are display text only; the text syntax resolves by name, XMI by id.
 * <p>
 * Loading refuses DOCTYPE declarations, which shuts out external entities (XXE).
 */
public class PartnershipResource extends XMIResourceImpl {

	public PartnershipResource(URI uri) {
		super(uri);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		save.put(XMLResource.OPTION_LINE_WIDTH, 100);
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);

		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE));
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}
}
