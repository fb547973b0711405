package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import concord.dsl.validation.FindingIssues;
import concord.model.partnership.Membership;
import concord.model.partnership.Partnership;
import concord.model.partnership.PartnershipModel;
import concord.model.tests.fixtures.UkVictimSupportHub;

/** The UK hub written in the language: it reads, links, teaches its findings and survives a round trip. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class UkHubSpecTest {

	@Inject
	ParseHelper<PartnershipModel> parser;
	@Inject
	ValidationTestHelper validation;
	@Inject
	Provider<XtextResourceSet> resourceSets;

	@Test
	void readsAndLinksWithoutErrors() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(Specs.UK_HUB));
		assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
		EcoreUtil.resolveAll(model);
		assertTrue(EcoreUtil.ExternalCrossReferencer.find(model).isEmpty(), "unresolved references");
		List<Issue> errors = validation.validate(model).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertTrue(errors.isEmpty(), errors::toString);
	}

	@Test
	void saysWhatTheFixtureSays() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(Specs.UK_HUB));
		PartnershipModel fixture = UkVictimSupportHub.build();
		Partnership hub = model.getPartnerships().get(0);
		Partnership expected = UkVictimSupportHub.hub(fixture);
		assertEquals(expected.getName(), hub.getName());
		assertEquals(fixture.getActors().size(), model.getActors().size());
		assertEquals(expected.getMemberships().size(), hub.getMemberships().size());
		assertEquals(expected.getTensions().size(), hub.getTensions().size());
		assertEquals(expected.getOutcomes().size(), hub.getOutcomes().size());
		Membership lead = hub.getGovernance().getLeadAgency();
		assertEquals("Victim Support", lead.getOrganisation().getName(), "lead-agency names a membership by its organisation");
		assertSame(hub.getResources().get(0), hub.getProposition().getOperationalCapacity().get(0),
				"capacity names a resource by its description");
		assertEquals(0.5, hub.getDrivers().get(0).getWeight());
	}

	@Test
	void raisesTheTeachingFindingsWithRuleIdsAndSources() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(Specs.UK_HUB));
		List<Issue> issues = validation.validate(model);
		Set<String> codes = issues.stream().map(Issue::getCode).collect(Collectors.toSet());
		for (String rule : List.of("DF-03", "KP-06", "PL-04", "PL-06", "PL-11")) {
			assertTrue(codes.contains(rule), rule + " missing from " + codes);
		}
		Issue df03 = issues.stream().filter(i -> "DF-03".equals(i.getCode())).findFirst().orElseThrow();
		assertTrue(FindingIssues.source(df03).endsWith("Caveats"), "the issue carries the rule's source: " + FindingIssues.source(df03));
		assertTrue(df03.getMessage().startsWith("Partners are in this for different reasons"), df03.getMessage());
		assertFalse(df03.getMessage().contains(FindingIssues.source(df03)), "the message is plain; the source travels apart");
		assertTrue(df03.getLineNumber() > 1, "positioned on the member it concerns");
	}

	@Test
	void parseSerializeParseGivesAnEqualModel() throws Exception {
		PartnershipModel model = parser.parse(Specs.text(Specs.UK_HUB));
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource copy = (XtextResource) resourceSet.createResource(URI.createURI("copy.partnership"));
		copy.getContents().add(EcoreUtil.copy(model));
		copy.save(text, null);
		PartnershipModel again = parser.parse(text.toString(StandardCharsets.UTF_8));
		assertTrue(again.eResource().getErrors().isEmpty(), () -> again.eResource().getErrors() + "\n" + text);
		EcoreUtil.resolveAll(model);
		EcoreUtil.resolveAll(again);
		assertTrue(new EcoreUtil.EqualityHelper().equals(model, again), "the round trip changed the model:\n" + text);
	}
}
