package concord.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PartnershipResource}s; registered for {@code xmi} by {@link concord.model.ConcordModel}. */
public class PartnershipResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new PartnershipResource(uri);
	}
}
