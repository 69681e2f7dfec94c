package vn.thidua.support.security;

import java.util.List;

/** A built-in user of local mode: password hash, unit and roles come from configuration. */
public record LocalUser(String username, String password, String unitId, List<Role> roles) {}
