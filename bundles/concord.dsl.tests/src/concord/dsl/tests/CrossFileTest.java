package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.model.partnership.PartnershipModel;

/** A shared library of agencies in one spec, used by qualified name from another. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class CrossFileTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Test
	void qualifiedNamesReachActorsOfAnotherSpec() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parser.parse("""
				model "Shared agencies"
				organisation "Victim Support" { sector voluntary-third-sector }
				""", URI.createURI("agencies.partnership"), resourceSet);
		PartnershipModel hub = parser.parse("""
				model "Hub"
				partnership "p" {
					member "Shared agencies"::"Victim Support" as lead-agency
				}
				""", URI.createURI("hub.partnership"), resourceSet);
		var member = hub.getPartnerships().get(0).getMemberships().get(0);
		assertFalse(member.getOrganisation().eIsProxy(), "the qualified name did not resolve");
		assertEquals("Victim Support", member.getOrganisation().getName());
		assertTrue(member.getOrganisation().eResource().getURI().toString().endsWith("agencies.partnership"));
	}

	/**
	 * A model without its text (a copy, an import from a sheet) is written with the shortest name that links
	 * back: a plain name for an actor of its own spec, the qualified name for one of another spec, and a
	 * member of one partnership named from another partnership by that partnership's name.
	 */
	@Test
	void aModelWithoutItsTextIsWrittenWithNamesThatLinkBack() throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parser.parse("""
				model "Shared agencies"
				organisation "Victim Support"
				""", URI.createURI("agencies.partnership"), resourceSet);
		PartnershipModel hub = parser.parse("""
				model "Services"
				organisation "Police"
				person "Ann" { employer "Police" }
				partnership "Board" {
					member "Police"
				}
				partnership "Hub" {
					member "Shared agencies"::"Victim Support" { competes-with "Board"::"Police" }
					member "Police" { competes-with "Victim Support" }
					role convener played-by "Ann"
				}
				""", URI.createURI("hub.partnership"), resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		Resource copy = resourceSet.createResource(URI.createURI("copy.partnership"));
		copy.getContents().add(EcoreUtil.copy(hub));
		EcoreUtil.resolveAll(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		copy.save(bytes, null);
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("employer \"Police\""), text);
		assertTrue(text.contains("member \"Shared agencies\"::\"Victim Support\""), text);
		assertTrue(text.contains("competes-with \"Board\"::\"Police\""), text);
		assertTrue(text.contains("competes-with \"Victim Support\""), text);

		resourceSet.getResources().remove(resourceSet.getResource(URI.createURI("hub.partnership"), false));
		resourceSet.getResources().remove(copy);
		PartnershipModel again = parser.parse(text, URI.createURI("again.partnership"), resourceSet);
		EcoreUtil.resolveAll(again);
		assertTrue(again.eResource().getErrors().isEmpty(), () -> again.eResource().getErrors() + "\n" + text);
		var rival = again.getPartnerships().get(1).getMemberships().get(0).getCompetesForFundingWith().get(0);
		assertEquals("Board", ((concord.model.partnership.Partnership) rival.eContainer()).getName());
	}
}
