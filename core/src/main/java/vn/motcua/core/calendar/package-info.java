/**
 * The working calendar of a one-stop counter: the Vietnamese lunar calendar (computed in UTC+7),
 * public holidays as versioned data with computed fallbacks, office hours, and deadline arithmetic
 * in working time (DOMAIN.md §5).
 */
package vn.motcua.core.calendar;
