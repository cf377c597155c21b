package fr.chambery.cqc.core.association;

import java.util.Optional;

/**
 * Finds the street of a postal address, for the street table, when the address as written names no
 * known street. The integration module provides one over the BAN geocoder when it is configured.
 */
public interface AddressLocator {

    /** The street found and how sure the locator is (0 to 1); empty when nothing was found. */
    Optional<Located> locate(String address);

    record Located(String street, double score) {
    }
}
