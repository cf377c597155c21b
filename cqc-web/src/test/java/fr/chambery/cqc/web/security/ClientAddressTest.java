package fr.chambery.cqc.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress behindNginx = new ClientAddress("127.0.0.1, 10.0.0.5");

    @Test
    void behindATrustedBalancerTheVisitorIsTheLastAddressItDidNotAdd() {
        assertThat(behindNginx.of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(behindNginx.of("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.0.0.5")).as("the visitor's own claim before it is ignored")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void fromAnyoneElseTheHeaderIsIgnored() {
        assertThat(behindNginx.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(new ClientAddress().of("127.0.0.1", "198.51.100.1")).as("no balancer configured").isEqualTo("127.0.0.1");
    }

    @Test
    void aBalancerWithoutTheHeaderIsTheAddress() {
        assertThat(behindNginx.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", " , ")).isEqualTo("127.0.0.1");
    }
}
