package fr.chambery.cqc.core.interlocutor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The quartier's town-hall annex: the council's single entry point within the city for rooms,
 * equipment, appointments and links with the other services.
 */
@Embeddable
public class MairieDeQuartier {

    @Column(name = "mairie_name", nullable = false, length = 200)
    private String name;
    @Column(name = "mairie_address", length = 500)
    private String address;
    @Column(name = "mairie_phone", length = 40)
    private String phone;
    @Column(name = "mairie_email", length = 200)
    private String email;
    @Column(name = "mairie_opening_hours", length = 1000)
    private String openingHours;

    protected MairieDeQuartier() {
    }

    public MairieDeQuartier(String name, String address, String phone, String email, String openingHours) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = name.strip();
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.openingHours = openingHours;
    }

    public String name() { return name; }
    public String address() { return address; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String openingHours() { return openingHours; }
}
