package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import concord.model.partnership.Organisation;
import concord.model.partnership.PartnershipFactory;
import concord.model.partnership.PartnershipModel;

/**
 * The language's URI fragments (read from one table per spec) are the ones EMF computes element by
 * element, so that links, markers and findings that name an element by its fragment find it.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class ElementFragmentsTest {

	@Inject
	ParseHelper<PartnershipModel> parser;

	@Test
	void everyElementOfTheUkHubHasEmfsFragmentAndIsFoundByIt() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(Specs.UK_HUB));
		Resource resource = model.eResource();
		int checked = 0;
		for (var contents = EcoreUtil.getAllContents(resource, false); contents.hasNext(); checked++) {
			EObject element = (EObject) contents.next();
			String fragment = resource.getURIFragment(element);
			assertEquals(emfFragment(element), fragment);
			assertSame(element, resource.getEObject(fragment), fragment);
		}
		assertTrue(checked > 50, "the hub has " + checked + " elements");
	}

	@Test
	void anElementAddedAfterTheFirstQuestionGetsItsOwnFragment() throws Exception {
		PartnershipModel model = parser.parse("""
				model "m"
				organisation "A"
				organisation "B"
				""");
		Resource resource = model.eResource();
		assertEquals("//@actors.1", resource.getURIFragment(model.getActors().get(1)));
		Organisation first = PartnershipFactory.eINSTANCE.createOrganisation();
		first.setName("Z");
		model.getActors().add(0, first);
		assertEquals("//@actors.0", resource.getURIFragment(first));
		assertEquals("//@actors.2", resource.getURIFragment(model.getActors().get(2)));
	}

	/** EMF's own computation: the root, then one segment per containment from it. */
	private static String emfFragment(EObject element) {
		EObject root = EcoreUtil.getRootContainer(element);
		return root == element ? "/" : "//" + EcoreUtil.getRelativeURIFragmentPath(root, element);
	}
}
