package concord.validation.tests;

import static concord.model.partnership.CollaborationRole.ACTIVE_CLIENT;
import static concord.model.partnership.CollaborationRole.FELLOW_TRAVELLER;
import static concord.model.partnership.CollaborationRole.GUARDIAN_ANGEL;
import static concord.model.partnership.CollaborationRole.PUBLIC_ENTREPRENEUR;
import static concord.model.partnership.ManagementPerspective.CLASSICAL;
import static concord.model.partnership.ManagementPerspective.NETWORK;
import static concord.model.partnership.NetworkDriver.PERSONAL;
import static concord.model.partnership.NetworkDriver.PROBLEM_FOCUSED;
import static concord.model.partnership.NetworkDriver.RESOURCE_EXCHANGE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import concord.model.partnership.AccountabilityDirection;
import concord.model.partnership.AccountabilityLine;
import concord.model.partnership.Actor;
import concord.model.partnership.AuthorityStructure;
import concord.model.partnership.BeningtonDimension;
import concord.model.partnership.BudgetMode;
import concord.model.partnership.CapacitySupport;
import concord.model.partnership.ChallengeKind;
import concord.model.partnership.ChangeApproach;
import concord.model.partnership.ClientRelation;
import concord.model.partnership.CoProductionDepth;
import concord.model.partnership.CollectiveLeadershipPrinciple;
import concord.model.partnership.ConstraintKind;
import concord.model.partnership.DriverOrigin;
import concord.model.partnership.EnablerKind;
import concord.model.partnership.FrostStage;
import concord.model.partnership.FundingSecurity;
import concord.model.partnership.GovernmentLevel;
import concord.model.partnership.Group;
import concord.model.partnership.GroupKind;
import concord.model.partnership.HostSupport;
import concord.model.partnership.Indicator;
import concord.model.partnership.IndicatorKind;
import concord.model.partnership.KeastLevel;
import concord.model.partnership.LeaderRole;
import concord.model.partnership.LeadershipAttribute;
import concord.model.partnership.LeadershipConfiguration;
import concord.model.partnership.LeadershipFocus;
import concord.model.partnership.LeadershipStyle;
import concord.model.partnership.LearningMechanism;
import concord.model.partnership.LegitimacyBasis;
import concord.model.partnership.MeasureScope;
import concord.model.partnership.MeetingFocus;
import concord.model.partnership.Membership;
import concord.model.partnership.NetworkForm;
import concord.model.partnership.Outcome;
import concord.model.partnership.PageDimension;
import concord.model.partnership.Partnership;
import concord.model.partnership.Person;
import concord.model.partnership.PerspectiveProfile;
import concord.model.partnership.PoliticalAstutenessDimension;
import concord.model.partnership.Practice;
import concord.model.partnership.ProblemDomain;
import concord.model.partnership.ProcessPhase;
import concord.model.partnership.PublicValueProposition;
import concord.model.partnership.RoleAssignment;
import concord.model.partnership.Sector;
import concord.model.partnership.SustainMode;
import concord.model.partnership.TensionKind;
import concord.model.partnership.TriggerKind;
import concord.model.partnership.WorkingMode;

/**
 * For every rule of the catalogue, one small model where it fires and a near miss where it does not.
 * Both start from {@link Sketch#partnership()}; the pair differs only in what the rule looks at.
 */
final class RuleCases {

	/** What to add to the baseline so that the rule fires, and a near miss so that it does not. */
	record Case(Consumer<Sketch> fires, Consumer<Sketch> passes) {
	}

	static final Map<String, Case> CASES = new LinkedHashMap<>();

	private static void rule(String id, Consumer<Sketch> fires, Consumer<Sketch> passes) {
		if (CASES.put(id, new Case(fires, passes)) != null) {
			throw new IllegalStateException("Two cases for " + id);
		}
	}

	private static final Consumer<Sketch> BASELINE = s -> {
	};

	static {
		drivers();
		perspective();
		integration();
		nzRoles();
		nzProcess();
		publicValue();
		leadership();
		collective();
		wellFormedness();
		network();
	}

	private RuleCases() {
	}

	private static void drivers() {
		rule("DF-01", BASELINE, s -> s.driver(PROBLEM_FOCUSED, 1));
		rule("DF-02", s -> s.driver(PROBLEM_FOCUSED, 1), s -> {
			s.driver(PROBLEM_FOCUSED, 0.6);
			s.driver(RESOURCE_EXCHANGE, 0.4);
		});
		rule("DF-03", s -> {
			s.driver(s.a(), RESOURCE_EXCHANGE, 1);
			s.driver(s.b(), PROBLEM_FOCUSED, 1);
		}, s -> {
			s.driver(s.a(), PROBLEM_FOCUSED, 1);
			s.driver(s.b(), PROBLEM_FOCUSED, 1);
		});
		rule("DF-04", s -> {
			s.p.setForm(NetworkForm.RESPONDING_TO_TECHNOLOGY);
			s.driver(PROBLEM_FOCUSED, 1);
		}, s -> {
			s.p.setForm(NetworkForm.PROBLEM_SHARING_AND_PROBLEM_SOLVING);
			s.driver(PROBLEM_FOCUSED, 1);
		});
		rule("DF-05", s -> s.driver(PERSONAL, 1), s -> s.driver(PROBLEM_FOCUSED, 1));
		rule("DF-06", s -> {
			s.driver(RESOURCE_EXCHANGE, 1);
			s.governance().setSharedFramework(false);
		}, s -> {
			s.driver(RESOURCE_EXCHANGE, 1);
			s.governance().setSharedFramework(true);
		});
		rule("DF-07", s -> s.driver(RESOURCE_EXCHANGE, 1), s -> {
			s.driver(RESOURCE_EXCHANGE, 1);
			s.emphasis(LeadershipAttribute.PREDICTABILITY_INTEGRITY);
		});
		rule("DF-08", s -> {
			s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
			s.governance();
		}, s -> {
			s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
			s.governance().getCommunicationMechanisms().add("weekly partners' meeting");
			s.governance().getAccountabilityLines().add(line(s, "Agency A", "Agency B", AccountabilityDirection.HORIZONTAL));
		});
		rule("DF-09", s -> s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE), s -> {
			s.p.setForm(NetworkForm.EXPLOITATION_OF_NICHE);
			s.emphasis(LeadershipAttribute.ENTREPRENEUR);
		});
		rule("DF-10", s -> s.driver(PROBLEM_FOCUSED, 1), s -> {
			s.driver(PROBLEM_FOCUSED, 1);
			s.emphasis(LeadershipAttribute.NETWORKER);
		});
		rule("DF-11", s -> {
			s.a().getOrganisation().setLegitimacyBasis(LegitimacyBasis.ELECTED);
			s.b().getOrganisation().setLegitimacyBasis(LegitimacyBasis.VOLUNTARY);
		}, s -> {
			s.a().getOrganisation().setLegitimacyBasis(LegitimacyBasis.STATUTORY_APPOINTED);
			s.b().getOrganisation().setLegitimacyBasis(LegitimacyBasis.VOLUNTARY);
		});
		rule("DF-12", s -> s.a().setControlsBudget(true), s -> {
			s.a().setControlsBudget(true);
			s.governance().setSettlement("A funds, B delivers; reviewed yearly");
		});
		rule("DF-13", s -> {
			s.a().getOrganisation().getProfessions().add("policing");
			s.b().getOrganisation().getProfessions().add("mental health");
		}, s -> {
			s.a().getOrganisation().getProfessions().addAll(List.of("policing", "social work"));
			s.b().getOrganisation().getProfessions().add("social work");
		});
		rule("DF-14", s -> s.emphasis(LeadershipAttribute.NETWORKER),
				s -> s.emphasis(LeadershipAttribute.NETWORKER).setPhase(ProcessPhase.GETTING_TOGETHER));
		rule("DF-15", BASELINE, s -> s.leader(s.person("Co-ordinator")).setBoundarySpanning(true));
		rule("DF-16", s -> {
			Person leader = s.person("Director");
			s.leader(leader);
			s.outcome("Fewer repeat victims").getAttributedTo().add(leader);
		}, s -> {
			Person leader = s.person("Director");
			s.leader(leader);
			s.outcome("Fewer repeat victims").getAttributedTo().addAll(List.of(leader, s.a().getOrganisation()));
		});
	}

	private static void perspective() {
		rule("KP-01", s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.DIVIDED);
			s.perspective().setRoleOfManager(CLASSICAL);
		}, s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.DIVIDED);
			s.perspective().setRoleOfManager(NETWORK);
		});
		rule("KP-02", s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.DIVIDED);
			s.perspective().setManagementTasks(CLASSICAL);
		}, s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.DIVIDED);
			s.perspective().setManagementTasks(NETWORK);
			s.perspective().setManagementActivities(NETWORK);
		});
		rule("KP-03", s -> {
			s.perspective().setGoalStructure(NETWORK);
			s.perspective().setManagementTasks(CLASSICAL);
		}, s -> {
			s.perspective().setGoalStructure(NETWORK);
			s.perspective().setManagementTasks(NETWORK);
		});
		rule("KP-04", s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.SINGLE);
			allNetwork(s.perspective());
		}, s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.DIVIDED);
			allNetwork(s.perspective());
		});
		rule("KP-05", s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.SINGLE);
			s.a().setRetainsOwnManagement(true);
			s.b().setRetainsOwnManagement(true);
		}, s -> {
			s.governance().setAuthorityStructure(AuthorityStructure.SINGLE);
			s.a().setRetainsOwnManagement(true);
		});
		rule("KP-06", s -> {
			s.perspective().setManagementTasks(NETWORK);
			s.perspective().setManagementActivities(CLASSICAL);
		}, s -> allNetwork(s.perspective()));
	}

	private static void integration() {
		rule("IL-01", s -> {
			s.current().setFrost(FrostStage.MERGER_AND_INTEGRATION);
			s.a().setRetainsOwnManagement(true);
		}, s -> s.current().setFrost(FrostStage.MERGER_AND_INTEGRATION));
		rule("IL-02", s -> s.current().setKeast(KeastLevel.COLLABORATION), s -> {
			s.current().setKeast(KeastLevel.COLLABORATION);
			s.p.getPractices().add(Practice.MUTUAL_DEPENDENCY);
		});
		rule("IL-03", s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.p.getPractices().add(Practice.FORMAL_LINKS);
		}, s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.p.getPractices().addAll(List.of(Practice.FORMAL_LINKS, Practice.SHARED_OBJECTIVES));
		});
		rule("IL-04", s -> {
			s.p.getPractices().addAll(List.of(Practice.SHARE_INFORMATION, Practice.SHARE_REFERRALS));
			s.current().setKeast(KeastLevel.COORDINATION);
		}, s -> {
			s.p.getPractices().addAll(List.of(Practice.SHARE_INFORMATION, Practice.SHARE_REFERRALS));
			s.current().setKeast(KeastLevel.COOPERATION);
		});
		rule("IL-05", s -> {
			s.current().setKeast(KeastLevel.COOPERATION);
			s.current().setFrost(FrostStage.MERGER_AND_INTEGRATION);
		}, s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.current().setFrost(FrostStage.CO_ORDINATION);
		});
		rule("IL-06", s -> {
			s.current().setFrost(FrostStage.COLLABORATION);
			s.current().setKeast(KeastLevel.COLLABORATION);
		}, s -> {
			s.current().setFrost(FrostStage.COLLABORATION);
			s.current().setKeast(KeastLevel.COORDINATION);
		});
		rule("IL-07", s -> {
			s.wicked();
			s.current().setNz(WorkingMode.CO_ORDINATION);
		}, s -> {
			s.wicked();
			s.current().setNz(WorkingMode.CO_ORDINATION);
			s.target().setNz(WorkingMode.COLLABORATION);
		});
		rule("IL-08", s -> {
			s.wicked().setWicked(false);
			s.p.getProblem().setDomain(ProblemDomain.KNOWN);
			s.current().setNz(WorkingMode.COLLABORATION);
		}, s -> {
			s.wicked();
			s.current().setNz(WorkingMode.COLLABORATION);
		});
		rule("IL-09", s -> {
			activity(s, "Referrals", KeastLevel.COORDINATION);
			activity(s, "Assessment", KeastLevel.COOPERATION);
		}, s -> {
			activity(s, "Referrals", KeastLevel.COORDINATION);
			activity(s, "Assessment", KeastLevel.COORDINATION);
		});
	}

	private static void nzRoles() {
		rule("NZ-01", BASELINE, RuleCases::fullTrio);
		rule("NZ-02", s -> s.p.setCurrentPhase(ProcessPhase.WORKING_TOGETHER), s -> {
			s.p.setCurrentPhase(ProcessPhase.WORKING_TOGETHER);
			s.role(GUARDIAN_ANGEL, s.person("Deputy secretary"));
		});
		rule("NZ-03", s -> s.role(GUARDIAN_ANGEL, s.person("Deputy secretary")).setOwnsNetwork(true),
				s -> s.role(GUARDIAN_ANGEL, s.person("Deputy secretary")));
		rule("NZ-04", s -> s.role(FELLOW_TRAVELLER, s.person("Team leader")), s -> s
				.role(FELLOW_TRAVELLER, s.person("Team leader")).getResourcesCommitted().add(s.resource()));
		rule("NZ-05", s -> s.role(PUBLIC_ENTREPRENEUR, s.person("Manager")), s -> {
			s.role(PUBLIC_ENTREPRENEUR, s.person("Manager"));
			s.role(FELLOW_TRAVELLER, s.person("Team leader"));
		});
		rule("NZ-06", s -> {
			Person one = s.person("Manager");
			s.role(PUBLIC_ENTREPRENEUR, one);
			s.role(GUARDIAN_ANGEL, one);
		}, RuleCases::fullTrio);
		rule("NZ-07", s -> s.wicked(), s -> {
			s.wicked();
			s.coProduction().setClientRelation(ClientRelation.WITH);
		});
		rule("NZ-08", s -> powerImbalanceWithClients(s), s -> {
			powerImbalanceWithClients(s);
			s.coProduction().setEmpowerment("Personal budgets for families");
		});
		// Top-down, each member with its own driver; the only outcome is one member's (fires) or everyone's.
		rule("NZ-09", s -> {
			s.p.setOrigin(DriverOrigin.TOP_DOWN_REQUIREMENT);
			s.driver(s.a(), RESOURCE_EXCHANGE, 1);
			s.driver(s.b(), PROBLEM_FOCUSED, 1);
			s.outcome("Fewer young people not in employment").getOwnedBy().add(s.a());
		}, s -> {
			s.p.setOrigin(DriverOrigin.TOP_DOWN_REQUIREMENT);
			s.driver(s.a(), RESOURCE_EXCHANGE, 1);
			s.driver(s.b(), PROBLEM_FOCUSED, 1);
			s.outcome("Fewer young people not in employment").getOwnedBy().addAll(List.of(s.a(), s.b()));
		});
		rule("NZ-10", s -> {
			s.wicked();
			s.p.setGoalsPrescribedInAdvance(true);
		}, s -> s.wicked());
	}

	private static void nzProcess() {
		rule("NZ-11", s -> s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER), s -> {
			s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER);
			concord.model.partnership.Trigger trigger = Sketch.F.createTrigger();
			trigger.setKind(TriggerKind.CRISIS);
			s.p.getTriggers().add(trigger);
		});
		rule("NZ-12", s -> s.p.setCurrentPhase(ProcessPhase.WORKING_TOGETHER), s -> {
			s.p.setCurrentPhase(ProcessPhase.WORKING_TOGETHER);
			s.phase(ProcessPhase.WORKING_TOGETHER).getSupport().add(HostSupport.COACHING);
		});
		rule("NZ-13", BASELINE, s -> s.phase(ProcessPhase.WORKING_TOGETHER).getLearning().add(LearningMechanism.GROUP_REFLECTION));
		rule("NZ-14", s -> {
			s.p.setCurrentPhase(ProcessPhase.SUSTAINING);
			s.phase(ProcessPhase.SUSTAINING).setSustainedBy(SustainMode.CONTROL);
		}, s -> {
			s.p.setCurrentPhase(ProcessPhase.SUSTAINING);
			s.phase(ProcessPhase.SUSTAINING).setSustainedBy(SustainMode.ENABLEMENT);
		});
		rule("NZ-15", s -> {
			s.leadership().getStyles().add(LeadershipStyle.COMMAND_AND_CONTROL);
			s.current().setNz(WorkingMode.CO_ORDINATION);
		}, s -> {
			s.leadership().getStyles().add(LeadershipStyle.COMMAND_AND_CONTROL);
			s.current().setNz(WorkingMode.COOPERATION);
		});
		rule("NZ-16", s -> s.p.setMeetingsHeld(6), s -> {
			s.p.setMeetingsHeld(6);
			s.resource().setCommitted(true);
		});
		rule("NZ-17", BASELINE, s -> s.resource().setBudgetMode(BudgetMode.JOINT));
		rule("NZ-18", s -> {
			s.p.setServesRegion("Northland");
			s.a().getOrganisation().setRegion("Northland");
			s.b().getOrganisation().setRegion("Waikato");
		}, s -> {
			// partners' regions differ, but the partnership serves no region (a national programme)
			s.a().getOrganisation().setRegion("Northland");
			s.b().getOrganisation().setRegion("Waikato");
		});
		rule("NZ-19", s -> {
			s.p.getPractices().add(Practice.RISK_PROFILING);
			s.factor().setConstraint(ConstraintKind.PRIVACY_LEGISLATION);
		}, s -> {
			s.p.getPractices().add(Practice.RISK_PROFILING);
			s.factor().setConstraint(ConstraintKind.BUDGET_SILOS);
		});
		rule("NZ-20", s -> s.factor().setConstraint(ConstraintKind.BUDGET_SILOS),
				s -> s.factor().setConstraint(ConstraintKind.PRIVACY_LEGISLATION));
		rule("NZ-21", s -> s.factor().setEnabler(EnablerKind.CABINET_MANDATE), s -> {
			s.factor().setEnabler(EnablerKind.CABINET_MANDATE);
			s.factor().setEnabler(EnablerKind.ORGANISATIONAL_SUPPORT);
		});
		rule("NZ-22", BASELINE, s -> s.outcome("Safer streets"));
		rule("NZ-23", s -> s.governance(), s -> {
			s.governance();
			s.leader(s.person("Chair"));
		});
		rule("NZ-24", s -> s.phase(ProcessPhase.WORKING_TOGETHER),
				s -> s.phase(ProcessPhase.WORKING_TOGETHER).setPermissionToExperiment(true));
		rule("NZ-25", s -> {
			s.role(PUBLIC_ENTREPRENEUR, s.person("Manager 1"));
			s.role(PUBLIC_ENTREPRENEUR, s.person("Manager 2"));
			s.role(GUARDIAN_ANGEL, s.person("Deputy secretary"));
		}, s -> {
			s.role(PUBLIC_ENTREPRENEUR, s.person("Manager 1"));
			s.role(GUARDIAN_ANGEL, s.person("Deputy secretary"));
		});
		rule("NZ-26", s -> s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER), s -> {
			s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER);
			s.tension().setCategory(ChallengeKind.INCOMPATIBLE_CULTURE_AND_VALUES);
		});
		rule("NZ-27", s -> {
			s.a().getOrganisation().setLevel(GovernmentLevel.CENTRAL);
			s.b().getOrganisation().setLevel(GovernmentLevel.REGIONAL);
			s.b().getOrganisation().setParent(s.a().getOrganisation());
		}, s -> {
			// part of the same organisation, but the part's level is not recorded
			s.a().getOrganisation().setLevel(GovernmentLevel.CENTRAL);
			s.b().getOrganisation().setParent(s.a().getOrganisation());
		});
	}

	private static void publicValue() {
		rule("PV-01", s -> s.p.setProposition(Sketch.F.createPublicValueProposition()), s -> {
			PublicValueProposition proposition = Sketch.F.createPublicValueProposition();
			proposition.getAuthorisingEnvironment().add(s.a().getOrganisation());
			proposition.getOperationalCapacity().add(s.resource());
			s.p.setProposition(proposition);
		});
		rule("PV-02", BASELINE, s -> s.p.setProposition(Sketch.F.createPublicValueProposition()));
		rule("PV-03", s -> s.governance().getAccountabilityLines()
				.add(line(s, "Agency A", "Agency B", AccountabilityDirection.VERTICAL)), s -> {
					s.governance().getAccountabilityLines().add(line(s, "Agency A", "Agency B", AccountabilityDirection.VERTICAL));
					s.governance().getAccountabilityLines().add(line(s, "Agency B", "Agency A", AccountabilityDirection.HORIZONTAL));
				});
		rule("PV-04", s -> s.outcome("Victims feel safer"), s -> {
			Outcome outcome = s.outcome("Victims feel safer");
			outcome.setPage(PageDimension.SUBSTANTIVE_OUTCOMES);
			outcome.setBenington(BeningtonDimension.WHAT_THE_PUBLIC_VALUES);
		});
		rule("PV-05", s -> indicator(s, IndicatorKind.SURVEY), s -> {
			indicator(s, IndicatorKind.SURVEY);
			s.governance().getStrategicPlanningParticipants().add(s.group("Service users", GroupKind.CLIENTS_SERVICE_USERS));
		});
	}

	private static void leadership() {
		rule("PL-01", s -> s.member("Agency C"), s -> {
			s.member("Agency C");
			s.leader(s.person("Commissioner")).getAstuteness().add(PoliticalAstutenessDimension.READING_PEOPLE_AND_SITUATIONS);
		});
		rule("PL-02", s -> s.leader(s.person("Co-ordinator")).setBoundarySpanning(true), s -> {
			LeaderRole leader = s.leader(s.person("Co-ordinator"));
			leader.setBoundarySpanning(true);
			leader.setFormalAuthority(true);
		});
		rule("PL-03", s -> coordinator(s, s.a().getOrganisation()), s -> coordinator(s, s.org("County council")));
		rule("PL-04", s -> matrixWorker(s, true), s -> matrixWorker(s, false));
		rule("PL-05", s -> thirdSector(s.a(), FundingSecurity.INSECURE), s -> thirdSector(s.a(), FundingSecurity.SECURE));
		rule("PL-06", s -> s.a().getCompetesForFundingWith().add(s.b()), BASELINE);
		rule("PL-07", s -> {
			s.member("Agency C");
			s.leadership().setConfiguration(LeadershipConfiguration.SINGULAR);
		}, s -> {
			s.member("Agency C");
			s.leadership().setConfiguration(LeadershipConfiguration.MIXED);
		});
		rule("PL-08", s -> {
			s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER);
			s.leadership().getStyles().add(LeadershipStyle.TRANSFORMATIONAL);
		}, s -> {
			s.p.setCurrentPhase(ProcessPhase.GETTING_TOGETHER);
			s.leadership().getStyles().addAll(List.of(LeadershipStyle.TRANSFORMATIONAL, LeadershipStyle.TRANSACTIONAL));
		});
		rule("PL-09", s -> s.leadership().getFoci().add(LeadershipFocus.PEOPLE),
				s -> s.leadership().getFoci().addAll(List.of(LeadershipFocus.values())));
		rule("PL-10", s -> s.p.getOriginators().add(s.person("Founder")),
				s -> s.p.getOriginators().addAll(List.of(s.person("Founder"), s.person("Co-founder"))));
		rule("PL-11", s -> s.governance().setCoLocated(true), s -> s.governance().setCoLocated(false));
		rule("PL-12", s -> {
			s.governance().setCoLocated(true);
			s.a().setRetainsOwnManagement(true);
			s.b().setRetainsOwnManagement(true);
		}, s -> {
			s.governance().setCoLocated(true);
			s.a().setRetainsOwnManagement(true);
			s.b().setRetainsOwnManagement(true);
			s.governance().setCoordinator(s.person("Co-ordinator"));
		});
		rule("PL-13", s -> s.a().setPerformanceCriteriaConflict(true), BASELINE);
	}

	private static void collective() {
		rule("CL-01", s -> {
			s.wicked();
			s.p.setChangeApproach(ChangeApproach.PLANNED);
			s.coProduction().setOnPredeterminedProposal(true);
		}, s -> {
			s.wicked();
			s.p.setChangeApproach(ChangeApproach.EMERGENT);
			s.coProduction().setOnPredeterminedProposal(true);
		});
		rule("CL-02", s -> s.wicked(), s -> {
			s.wicked();
			s.coProduction().getParticipants().add(s.group("Families", GroupKind.CITIZENS_COMMUNITY));
		});
		rule("CL-03", s -> s.coProduction().setDepth(CoProductionDepth.CONSULTATION),
				s -> s.coProduction().setDepth(CoProductionDepth.FULL_CO_PRODUCTION));
		rule("CL-04", s -> s.p.getCollectiveLeadershipPrinciples().addAll(List.of(CollectiveLeadershipPrinciple.SYSTEMS,
				CollectiveLeadershipPrinciple.EMERGENT)),
				s -> s.p.getCollectiveLeadershipPrinciples().addAll(List.of(CollectiveLeadershipPrinciple.values())));
		rule("CL-05", s -> {
			s.wicked();
			s.leadership().getStyles().add(LeadershipStyle.COMMAND_AND_CONTROL);
		}, s -> s.leadership().getStyles().add(LeadershipStyle.COMMAND_AND_CONTROL));
		rule("CL-06", s -> s.tension(), s -> s.tension().setSurfacedAtOutset(true));
		rule("CL-07", s -> {
			s.tension().setCategory(ChallengeKind.ASYMMETRICAL_POWER_RELATIONS);
		}, s -> {
			s.tension().setCategory(ChallengeKind.ASYMMETRICAL_POWER_RELATIONS);
			s.p.getTensions().get(0).setExpressed(true);
		});
		rule("CL-08", s -> s.tension().setKind(TensionKind.HOLDING_TO_ORGANISATIONAL_MANDATE),
				s -> s.tension().setKind(TensionKind.TURF_PROTECTION));
		rule("CL-09", s -> {
			s.p.setMandatory(true);
			s.governance().setMandatedReporting(true);
		}, s -> s.p.setMandatory(true));
		rule("CL-10", s -> s.governance().setSuccessMeasures(MeasureScope.SINGLE_ORGANISATION),
				s -> s.governance().setSuccessMeasures(MeasureScope.MULTI_STAKEHOLDER));
		rule("CL-11", BASELINE, s -> s.p.getCapacityBuilding().add(CapacitySupport.FACILITATION));
		rule("CL-12", s -> s.p.setFirstMeetingsFocus(MeetingFocus.TASK_ONLY),
				s -> s.p.setFirstMeetingsFocus(MeetingFocus.RELATIONAL_FIRST));
	}

	private static void wellFormedness() {
		rule("WF-01", s -> s.p.getMemberships().remove(s.b()), BASELINE);
		rule("WF-02", s -> {
			Partnership other = Sketch.F.createPartnership();
			Membership foreign = Sketch.F.createMembership();
			foreign.setOrganisation(s.org("Elsewhere"));
			other.getMemberships().add(foreign);
			s.model.getPartnerships().add(other);
			s.governance().setLeadAgency(foreign);
		}, s -> s.governance().setLeadAgency(s.a()));
		rule("WF-03", s -> {
			s.driver(PROBLEM_FOCUSED, 0.5);
			s.driver(RESOURCE_EXCHANGE, 0.2);
		}, s -> {
			s.driver(PROBLEM_FOCUSED, 0.5);
			s.driver(RESOURCE_EXCHANGE, 0.5);
		});
		rule("WF-04", s -> s.role(FELLOW_TRAVELLER), s -> s.role(FELLOW_TRAVELLER, s.person("Team leader")));
		rule("WF-05", s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.target().setKeast(KeastLevel.COOPERATION);
		}, s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.target().setKeast(KeastLevel.COLLABORATION);
		});
		rule("WF-06", s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.reloadedWithEdit("keast=\"coordination\"", "keast=\"merger and integration\"");
		}, s -> {
			s.current().setKeast(KeastLevel.COORDINATION);
			s.reloadedWithEdit("keast=\"coordination\"", "keast=\"cooperation\"");
		});
	}

	// ---------------------------------------------------------------- shared pieces

	private static void allNetwork(PerspectiveProfile perspective) {
		perspective.setOrganisationalSetting(NETWORK);
		perspective.setGoalStructure(NETWORK);
		perspective.setRoleOfManager(NETWORK);
		perspective.setManagementTasks(NETWORK);
		perspective.setManagementActivities(NETWORK);
	}

	private static AccountabilityLine line(Sketch s, String from, String to, AccountabilityDirection direction) {
		AccountabilityLine line = Sketch.F.createAccountabilityLine();
		line.setFrom(s.org(from));
		line.setTo(s.org(to));
		line.setDirection(direction);
		return line;
	}

	private static void activity(Sketch s, String name, KeastLevel level) {
		concord.model.partnership.Activity activity = Sketch.F.createActivity();
		activity.setName(name);
		activity.setIntegration(Sketch.F.createIntegrationProfile());
		activity.getIntegration().setKeast(level);
		s.p.getActivities().add(activity);
	}

	/** The trio on three different people, each role with two people so that none rests on one. */
	static void fullTrio(Sketch s) {
		s.role(PUBLIC_ENTREPRENEUR, s.person("Manager"), s.person("Deputy manager"));
		s.role(GUARDIAN_ANGEL, s.person("Deputy secretary"), s.person("Chief executive"));
		RoleAssignment travellers = s.role(FELLOW_TRAVELLER, s.person("Team leader"), s.person("Case worker"));
		travellers.getResourcesCommitted().add(s.resource());
	}

	private static void powerImbalanceWithClients(Sketch s) {
		Group clients = s.group("Families", GroupKind.CLIENTS_SERVICE_USERS);
		s.role(ACTIVE_CLIENT, clients);
		concord.model.partnership.Tension tension = s.tension();
		tension.setCategory(ChallengeKind.ASYMMETRICAL_POWER_RELATIONS);
		tension.getBetween().addAll(List.of(clients, s.a().getOrganisation()));
	}

	private static void indicator(Sketch s, IndicatorKind kind) {
		Indicator indicator = Sketch.F.createIndicator();
		indicator.setKind(kind);
		s.outcome("Victims feel safer").getIndicators().add(indicator);
	}

	private static void coordinator(Sketch s, concord.model.partnership.Organisation employer) {
		Person coordinator = s.person("Co-ordinator");
		coordinator.setEmployer(employer);
		s.governance().setCoordinator(coordinator);
	}

	private static void matrixWorker(Sketch s, boolean jointlyFunded) {
		Person coordinator = s.person("Co-ordinator");
		coordinator.setEmployer(s.a().getOrganisation());
		s.governance().setCoordinator(coordinator);
		Person manager = s.person("Line manager");
		manager.setEmployer(s.b().getOrganisation());
		Person worker = s.person("Hub worker");
		worker.setEmployer(s.b().getOrganisation());
		worker.setLineManager(manager);
		worker.setCoordinatedBy(coordinator);
		worker.getFundedBy().add(s.b().getOrganisation());
		if (jointlyFunded) {
			worker.getFundedBy().add(s.a().getOrganisation());
		}
	}

	private static void thirdSector(Membership member, FundingSecurity security) {
		member.getOrganisation().setSector(Sector.VOLUNTARY_THIRD_SECTOR);
		member.getOrganisation().setFundingSecurity(security);
	}

	/** An accountability line of the sketch's governance. */
	private static AccountabilityLine line(Sketch s, Actor from, Actor to, AccountabilityDirection direction) {
		AccountabilityLine line = Sketch.F.createAccountabilityLine();
		line.setFrom(from);
		line.setTo(to);
		if (direction != null) {
			line.setDirection(direction);
		}
		s.governance().getAccountabilityLines().add(line);
		return line;
	}

	private static void network() {
		// A and B are tied only through a person employed by A who reports to B
		Consumer<Sketch> throughOnePerson = s -> {
			Person liaison = s.person("Liaison officer");
			liaison.setEmployer(s.a().getOrganisation());
			line(s, liaison, s.b().getOrganisation(), null);
		};
		rule("NW-01", throughOnePerson, throughOnePerson.andThen(s -> line(s, s.a().getOrganisation(), s.b().getOrganisation(), null)));
		Consumer<Sketch> hubAndSpoke = s -> {
			s.governance().setLeadAgency(s.a());
			s.member("Agency C");
			line(s, s.b().getOrganisation(), s.a().getOrganisation(), null);
		};
		rule("NW-02", hubAndSpoke, hubAndSpoke.andThen(s -> line(s, s.b().getOrganisation(), s.org("Agency C"), null)));
		rule("NW-03", s -> {
			Person spanner = s.person("Boundary spanner");
			line(s, s.a().getOrganisation(), spanner, AccountabilityDirection.HORIZONTAL);
			line(s, s.b().getOrganisation(), spanner, AccountabilityDirection.HORIZONTAL);
		}, s -> {
			Person spanner = s.person("Boundary spanner");
			line(s, s.a().getOrganisation(), spanner, AccountabilityDirection.HORIZONTAL);
			line(s, s.b().getOrganisation(), s.org("Agency C"), AccountabilityDirection.HORIZONTAL);
		});
	}
}
