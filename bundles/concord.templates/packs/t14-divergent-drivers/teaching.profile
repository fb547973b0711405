# Teaching profile: only the two rules this abstract template is about.
profile t14-divergent-drivers
disable all
enable DF-03
enable DF-04
