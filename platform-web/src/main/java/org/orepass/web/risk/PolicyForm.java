package org.orepass.web.risk;

/** The organisation's supply-chain policy text. */
public class PolicyForm {

    private String policy;

    public String getPolicy() {
        return policy;
    }

    public void setPolicy(String policy) {
        this.policy = policy;
    }
}
