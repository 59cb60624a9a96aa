package fr.coopconnect.space;

public enum SpaceKind {
    DESK, OFFICE, MEETING_ROOM, COMPUTER_ROOM, VISIO_BOOTH
}
