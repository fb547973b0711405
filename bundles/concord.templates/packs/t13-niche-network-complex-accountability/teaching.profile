# Teaching profile: only the two rules this abstract template is about.
profile t13-niche-network-complex-accountability
disable all
enable DF-08
enable DF-09
