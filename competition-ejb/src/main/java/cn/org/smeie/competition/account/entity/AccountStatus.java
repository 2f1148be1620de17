package cn.org.smeie.competition.account.entity;

/** A disabled account cannot sign in; it is kept for the record and can be enabled again. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
