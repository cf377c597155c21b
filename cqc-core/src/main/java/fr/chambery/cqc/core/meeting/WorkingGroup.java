package fr.chambery.cqc.core.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A working group of a council: a subject chosen in plénière, led by two référent·es who link it with the
 * mairie de quartier.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private Long spaceId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String subject;

    @Column(name = "referent_1", nullable = false, length = 200)
    private String referent1;

    @Column(name = "referent_2", nullable = false, length = 200)
    private String referent2;

    protected WorkingGroup() {
    }

    /** @throws InvalidMeetingException without a name or without its two référent·es */
    public WorkingGroup(long spaceId, String name, String subject, String referent1, String referent2) {
        if (name == null || name.isBlank()) {
            throw new InvalidMeetingException("refusal.meeting.workingGroup.name");
        }
        if (referent1 == null || referent1.isBlank() || referent2 == null || referent2.isBlank()) {
            throw new InvalidMeetingException("refusal.meeting.workingGroup.referents");
        }
        this.spaceId = spaceId;
        this.name = name.strip();
        this.subject = subject == null || subject.isBlank() ? null : subject.strip();
        this.referent1 = referent1.strip();
        this.referent2 = referent2.strip();
    }

    public Long id() { return id; }
    public long spaceId() { return spaceId; }
    public String name() { return name; }
    public String subject() { return subject; }
    public String referent1() { return referent1; }
    public String referent2() { return referent2; }
}
