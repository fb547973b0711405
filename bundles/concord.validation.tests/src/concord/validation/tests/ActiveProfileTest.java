package concord.validation.tests;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import concord.validation.ActiveProfile;
import concord.validation.RuleProfile;

class ActiveProfileTest {

	@Test
	void elementsSeeTheProfileOfTheirResourceSet() throws Exception {
		Sketch s = Sketch.partnership();
		assertSame(RuleProfile.defaults(), ActiveProfile.of(s.p));
		ResourceSet resources = new ResourceSetImpl();
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/a.xmi"));
		resources.getResources().add(resource);
		resource.getContents().add(s.model);
		RuleProfile teaching = RuleProfile.parse("disable inferences\n", "teaching.profile");
		ActiveProfile.set(resources, teaching);
		assertSame(teaching, ActiveProfile.of(s.p));
		assertSame(teaching, ActiveProfile.of(resource));
		RuleProfile quiet = RuleProfile.parse("disable all\n", "quiet.profile");
		ActiveProfile.set(resources, quiet);
		assertSame(quiet, ActiveProfile.of(resources));
	}
}
