# Concord built-in default rule profile.
#
# Every rule of the catalogue runs at the severity the domain digest proposes. Copy this file into a
# template pack or project to make your own; the format is described in docs/rules.md.
#
#   disable RULE-ID | FAMILY-* | all | inferences
#   enable  RULE-ID | FAMILY-* | all | inferences
#   severity RULE-ID | FAMILY-* | all | inferences  error | warning | info | default
#
# Later lines override earlier ones. Unknown rule ids are reported, never ignored.
profile default
enable all
# The network rules read ties that most specs record only in part: a profile turns them on.
disable NW-*
