# Teaching profile for the UK victim support hub.
profile uk-victim-support-hub
# The study does not describe the hub in the New Zealand study's role vocabulary (public entrepreneur,
# guardian angel, fellow-travellers), so the trio rules would only report that the vocabulary is unused.
disable NZ-01
disable NZ-02
# Whether tensions were surfaced at the outset is not reported in the case.
disable CL-06
