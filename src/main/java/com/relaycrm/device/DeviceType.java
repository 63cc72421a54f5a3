package com.relaycrm.device;

/** The kinds of device on a serial port; each frame starts with its type's prefix (see {@link FrameProtocol}). */
public enum DeviceType {
    /** Member card reader (读卡设备): {@code CARD|<deviceId>|<cardNo>*CS}. */
    CARD,
    /** POS terminal (POS消费终端设备): {@code POS|<terminalId>|<txId>|<cardNo>|<amount>|<category>:<amount>...*CS}. */
    POS,
    /** Equipment sensor: {@code SENS|<deviceId>|<assetSerial>|<metric>|<value>|<ISO-8601 timestamp>*CS}. */
    SENS
}
