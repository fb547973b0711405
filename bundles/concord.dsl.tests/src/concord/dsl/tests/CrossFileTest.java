package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
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
}
