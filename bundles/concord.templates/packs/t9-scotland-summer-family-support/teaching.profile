# Teaching profile for the Scottish summer-holiday case.
profile t9-scotland-summer-family-support
# The account does not use the New Zealand study's role vocabulary (public entrepreneur, guardian angel,
# fellow-travellers) nor its central/regional lens, so those rules would only report the vocabulary unused.
disable NZ-01
disable NZ-02
disable NZ-26
disable NZ-27
