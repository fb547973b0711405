# Teaching profile for t11-scotland-collective-leadership-network.
profile t11-scotland-collective-leadership-network
# The account does not use the New Zealand study's vocabulary (the trio of roles, host support,
# learning mechanisms, budget routes), so those rules would only report it unused.
disable NZ-*
