package fr.coopconnect.timeline;

import java.time.DayOfWeek;
import java.time.LocalTime;

public record WeeklyInterval(DayOfWeek day, LocalTime opens, LocalTime closes) {
}
