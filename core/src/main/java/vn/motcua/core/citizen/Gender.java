package vn.motcua.core.citizen;

/** Gender as encoded in a personal ID number and printed on the ID card. */
public enum Gender {
    MALE,
    FEMALE
}
