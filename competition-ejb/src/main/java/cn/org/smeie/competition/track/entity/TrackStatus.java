package cn.org.smeie.competition.track.entity;

/** Whether a track is run in its edition. A retired track keeps its history but takes no teams. */
public enum TrackStatus {
    ACTIVE,
    RETIRED
}
