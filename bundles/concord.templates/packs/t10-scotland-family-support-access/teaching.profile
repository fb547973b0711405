# Teaching profile for t10-scotland-family-support-access.
profile t10-scotland-family-support-access
# The account does not use the New Zealand study's vocabulary (the trio of roles, host support,
# learning mechanisms, budget routes), so those rules would only report it unused.
disable NZ-*
