package com.salesbot.core.model;

import java.time.LocalDate;

/**
 * A person in the org: a sales rep, a team manager or a director.
 *
 * @param wecomUserId     WeCom member userid, may be null when the company does not use WeCom
 * @param dingtalkStaffId DingTalk staff id (userId), may be null
 * @param joinedOn        first working day, used to leave new joiners out of streak rules
 * @param active          false once the person has left; kept for history
 */
public record Rep(String id, String name, String teamId, Role role, String wecomUserId, String dingtalkStaffId,
                  LocalDate joinedOn, boolean active) {
    public Rep {
        Require.text(id, "rep id");
        Require.text(name, "rep name");
        Require.present(role, "role");
        if (role != Role.DIRECTOR) {
            Require.text(teamId, "team id of " + id);
        }
    }
}
