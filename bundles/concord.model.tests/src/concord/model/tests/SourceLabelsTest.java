package concord.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import concord.model.partnership.PartnershipPackage;

/**
 * The enumerations of DOMAIN.md section 1 hold all their literals, in the source's order and
 * spelled as the source prints them (hyphens, capitals and OCR punctuation included).
 */
class SourceLabelsTest {

	static Stream<Arguments> frameworks() {
		return Stream.of(
				Arguments.of("ManagementPerspective", List.of("Classical perspective", "Network perspective")),
				Arguments.of("FrostStage", List.of("co-operation", "collaboration", "co-ordination", "merger and integration")),
				Arguments.of("KeastLevel", List.of("cooperation", "coordination", "collaboration")),
				Arguments.of("WorkingMode", List.of("co-existence", "communication", "cooperation", "co-ordination", "collaboration")),
				Arguments.of("NetworkDriver", List.of("Resource Exchange", "Ecological", "Organisational competence and learning",
						"Personal", "Problem focused", "Technology focused")),
				Arguments.of("NetworkForm", List.of("Resource Exchange (financial)", "Exploitation of Niche (ecological)",
						"Problem-sharing and problem-solving", "Competence and Knowledge (learning)",
						"Responding to Technology (technological/procedural)")),
				Arguments.of("LeadershipAttribute", List.of("Predictability/ Integrity (trust)", "Entrepreneur",
						"Networker (relational competence)", "Customer-focused", "Commitment")),
				Arguments.of("ChallengeKind", List.of("Lack of shared framework (e.g. differences in expectations and budget cycles)",
						"Incompatible culture and values",
						"Asymmetrical perceptions of legitimacy (e.g. the \"democratic deficit\")",
						"Asymmetrical power relations (in the context of organisational self-interest)",
						"Divergent professional discourses.", "complexity of accountability and communication", "other")),
				Arguments.of("PoliticalAstutenessDimension", List.of("personal skills", "interpersonal skills",
						"reading people and situations", "building alignment and alliances", "strategic direction and scanning")),
				Arguments.of("PageDimension", List.of("democratic accountability", "procedural legitimacy", "substantive outcomes")),
				Arguments.of("BeningtonDimension", List.of("what the public values", "what adds value to the public sphere")),
				Arguments.of("CollaborationRole", List.of("public entrepreneur", "fellow-travellers", "guardian angel",
						"active client", "sponsoring managers", "champions", "evaluator")),
				Arguments.of("ProcessPhase", List.of("before starting", "getting together", "working together", "sustaining")),
				Arguments.of("TriggerKind", List.of("crisis", "emergency", "sudden and unexpected appearance", "frustration",
						"realisation", "window of opportunity")),
				Arguments.of("WiderContext", List.of("organisational", "public sector", "political", "societal")),
				Arguments.of("ProblemDomain", List.of("known", "knowable", "complex", "chaotic")),
				Arguments.of("CollectiveLeadershipPrinciple", List.of("systems thinking", "working emergently", "relationality", "inquiry")),
				Arguments.of("ClientRelation", List.of("over", "for", "with")),
				Arguments.of("CoProductionDepth", List.of("consultation", "participation", "full co-production")),
				Arguments.of("PluralisationPerspective", List.of("pluralising by choice", "pluralising by ideal", "analytical")),
				Arguments.of("BoundarySpanningProcess", List.of("initiation", "negotiation", "diplomacy", "problem-solving",
						"strategic development")),
				Arguments.of("HostSupport", List.of("coaching", "financial resources", "time", "administrative back up")),
				Arguments.of("DriverOrigin", List.of("shared outcome", "top-down requirement", "mixed")),
				Arguments.of("AuthorityStructure", List.of("Single authority structure", "Divided authority structure")),
				Arguments.of("BoundarySpanningApproach", List.of("facilitative", "advocacy")),
				Arguments.of("LeadershipFocus", List.of("people", "service delivery", "collaborative governance processes")),
				Arguments.of("AccountabilityDirection", List.of("vertical", "horizontal")),
				Arguments.of("TimeHorizon", List.of("short term", "medium term", "widest level")),
				Arguments.of("CollaborationAim", List.of("information", "technological solutions", "networks of learning",
						"networks of innovation")),
				Arguments.of("PublicManagementParadigm", List.of("New Public Management (NPM)", "New Public Governance (NPG)",
						"Public Value Management (PVM)", "new public leadership")),
				Arguments.of("SustainMode", List.of("enablement", "control", "none")),
				Arguments.of("MembershipProcess", List.of("open", "closed")),
				Arguments.of("Formality", List.of("formal", "informal")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("frameworks")
	void enumerationHoldsTheSourceLabelsInSourceOrder(String enumeration, List<String> labels) {
		EEnum eEnum = (EEnum) PartnershipPackage.eINSTANCE.getEClassifier(enumeration);
		assertEquals(labels, eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
	}
}
