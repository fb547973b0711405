# Teaching profile: only the two rules this abstract template is about.
profile t12-resource-exchange-without-framework
disable all
enable DF-06
enable DF-07
