package fr.chambery.cqc.core.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** An entry of the managed list of assembly types (« Type d'assemblée »), identified by its key. */
@Entity
@Table(name = "assembly_type")
public class AssemblyType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "type_key", nullable = false, unique = true, length = 60)
    private String key;

    @Column(nullable = false, length = 200)
    private String title;

    protected AssemblyType() {
    }

    public AssemblyType(String key, String title) {
        this.key = Slug.require(key);
        this.title = requireText(title, "title");
    }

    static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    public void rename(String newTitle) {
        this.title = requireText(newTitle, "title");
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssemblyType other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
