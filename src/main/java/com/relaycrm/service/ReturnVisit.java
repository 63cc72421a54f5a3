package com.relaycrm.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The return visit (服务回访) after a request is resolved: a survey with a score of 1 to 5, and any follow-up. */
@Entity
public class ReturnVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long serviceRequestId;
    private int score;
    private boolean problemSolved;
    private boolean engineerOnTime;
    private String surveyComment;
    private String visitedBy;
    private Instant visitedAt;
    private String followUpAction;
    private Boolean followUpResolved;
    private String followUpBy;
    private Instant followUpAt;

    protected ReturnVisit() {
    }

    ReturnVisit(Long serviceRequestId, int score, boolean problemSolved, boolean engineerOnTime, String surveyComment,
                String visitedBy) {
        this.serviceRequestId = serviceRequestId;
        this.score = score;
        this.problemSolved = problemSolved;
        this.engineerOnTime = engineerOnTime;
        this.surveyComment = surveyComment;
        this.visitedBy = visitedBy;
        this.visitedAt = Instant.now();
    }

    void followedUp(String action, boolean resolved, String by) {
        this.followUpAction = action;
        this.followUpResolved = resolved;
        this.followUpBy = by;
        this.followUpAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getServiceRequestId() {
        return serviceRequestId;
    }

    public int getScore() {
        return score;
    }

    public boolean isProblemSolved() {
        return problemSolved;
    }

    public boolean isEngineerOnTime() {
        return engineerOnTime;
    }

    public String getSurveyComment() {
        return surveyComment;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    public String getFollowUpAction() {
        return followUpAction;
    }

    public Boolean getFollowUpResolved() {
        return followUpResolved;
    }

    public String getFollowUpBy() {
        return followUpBy;
    }

    public Instant getFollowUpAt() {
        return followUpAt;
    }
}
