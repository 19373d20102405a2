package org.orepass.web.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's form: the phone the message seems to come from, the message, and the exchange so far (carried
 * in the page, never stored: a message, then its reply, and so on).
 */
public class SimulatorForm {

    private String phone;
    private String message;
    private List<String> history = new ArrayList<>();

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<String> getHistory() {
        return history;
    }

    public void setHistory(List<String> history) {
        this.history = history == null ? new ArrayList<>() : history;
    }
}
